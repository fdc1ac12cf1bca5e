package org.vmmig.engine.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Which VM leaves an overloaded host first (Beloglazov and Buyya, CCPE 2012, §5.2; CloudSim's
 * {@code PowerVmSelectionPolicy…} family). Each policy is a small type of its own; the simulator only asks
 * {@link #select}.
 *
 * <p>To add a selection policy: a type implementing this interface, and one line in {@link PolicyLabels} with
 * its label.
 */
public interface VmSelection {

	/** The VM that migrates fastest: the least memory. */
	VmSelection MINIMUM_MIGRATION_TIME = new MinimumMigrationTime();
	/** The VM whose utilisation history is best explained by the others' (highest R² of a regression). */
	VmSelection MAXIMUM_CORRELATION = new MaximumCorrelation();
	/** A VM drawn at random from the seeded generator. */
	VmSelection RANDOM = new RandomSelection();
	/** The VM using the least CPU. */
	VmSelection MINIMUM_UTILISATION = new MinimumUtilisation();

	/** The paper's abbreviation: MMT, MC, RS, MU. */
	String label();

	/**
	 * The index of the VM to move among {@code candidates} (at least one; none of them migrating), drawing from
	 * {@code random} if the policy is random.
	 */
	int select(List<? extends VmLoad> candidates, SplittableRandom random);

	/** The index of the candidate with the lowest value; ties: the first. */
	private static int lowest(List<? extends VmLoad> candidates, java.util.function.ToDoubleFunction<VmLoad> value) {
		int best = -1;
		double min = Double.MAX_VALUE;
		for (int i = 0; i < candidates.size(); i++) {
			double v = value.applyAsDouble(candidates.get(i));
			if (v < min) {
				min = v;
				best = i;
			}
		}
		return best;
	}

	/** The least memory; ties: the first. */
	record MinimumMigrationTime() implements VmSelection {
		@Override
		public String label() {
			return "MMT";
		}

		@Override
		public int select(List<? extends VmLoad> candidates, SplittableRandom random) {
			return lowest(candidates, VmLoad::memoryBytes);
		}
	}

	/** The lowest CPU utilisation of its own capacity; ties: the first. */
	record MinimumUtilisation() implements VmSelection {
		@Override
		public String label() {
			return "MU";
		}

		@Override
		public int select(List<? extends VmLoad> candidates, SplittableRandom random) {
			return lowest(candidates, VmLoad::utilisation);
		}
	}

	/** Uniformly at random from the seeded generator. */
	record RandomSelection() implements VmSelection {
		@Override
		public String label() {
			return "RS";
		}

		@Override
		public int select(List<? extends VmLoad> candidates, SplittableRandom random) {
			return random.nextInt(candidates.size());
		}
	}

	/**
	 * The VM whose recent utilisation the other VMs' explain best (highest R² of a multiple regression on them,
	 * over the samples all of them have); when the regression cannot be computed, minimum migration time decides,
	 * as in CloudSim's PowerVmSelectionPolicyMaximumCorrelation.
	 */
	record MaximumCorrelation() implements VmSelection {
		@Override
		public String label() {
			return "MC";
		}

		@Override
		public int select(List<? extends VmLoad> candidates, SplittableRandom random) {
			int n = candidates.size();
			double[][] data = new double[n][];
			int m = Integer.MAX_VALUE;
			for (int i = 0; i < n; i++) {
				data[i] = candidates.get(i).history();
				m = Math.min(m, data[i].length);
			}
			// the regressions of each history on the others over the first m samples (Stats.rSquared, shared work)
			int best = Stats.mostCorrelated(data, m);
			return best >= 0 ? best : MINIMUM_MIGRATION_TIME.select(candidates, random);
		}
	}
}
