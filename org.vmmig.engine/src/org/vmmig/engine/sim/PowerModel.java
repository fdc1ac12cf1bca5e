package org.vmmig.engine.sim;

import java.util.Arrays;

/**
 * A server's electrical power as a function of its CPU utilisation (0–1).
 *
 * <p>Two forms, as in the literature on power-aware consolidation: a SPECpower_ssj2008 table of 11 points
 * (idle, 10 %, …, 100 %) with linear interpolation between the points (Beloglazov and Buyya, "Optimal online
 * deterministic algorithms and adaptive heuristics for energy and performance efficient dynamic
 * consolidation of virtual machines", CCPE 24(13), 2012, §6.1), or a straight line from idle to peak
 * (Fan, Weber and Barroso, "Power provisioning for a warehouse-sized computer", ISCA 2007).
 */
public sealed interface PowerModel {

	/** Watts at {@code utilisation}; values outside 0–1 are clamped. */
	double watts(double utilisation);

	static PowerModel specPower(double... wattsAtTenPercentSteps) {
		return new SpecPower(wattsAtTenPercentSteps);
	}

	static PowerModel linear(double idleWatts, double peakWatts) {
		return new Linear(idleWatts, peakWatts);
	}

	/**
	 * An 11-point table; between two points the power is interpolated linearly. A class rather than a record: it keeps
	 * what its formula divides out once per segment (the placement search asks for the power of every host it looks at,
	 * millions of times a PlanetLab day).
	 */
	final class SpecPower implements PowerModel {
		private final double[] table;
		/** Per segment i, from i · 10 % to (i + 1) · 10 %: watts per percentage point, and where it starts (0–1). */
		private final double[] perPoint = new double[10];
		private final double[] start = new double[10];

		public SpecPower(double[] table) {
			if (table.length != 11) {
				throw new IllegalArgumentException("a SPECpower table has 11 points (0 %, 10 %, …, 100 %), not " + table.length);
			}
			for (double w : table) {
				if (!(w >= 0) || Double.isInfinite(w)) {
					throw new IllegalArgumentException("power must be a finite, non-negative number of watts, not " + w);
				}
			}
			this.table = table.clone();
			for (int i = 0; i < 10; i++) {
				perPoint[i] = (this.table[i + 1] - this.table[i]) / 10; // CloudSim's delta, the same division
				start[i] = (double) i / 10;
			}
		}

		public double[] table() {
			return table;
		}

		/**
		 * Interpolated in the order of operations of CloudSim's PowerModelSpecPower (watts per percentage point
		 * from the point below), so that the power-aware placement breaks near-ties between hosts as CloudSim
		 * does: with any other rounding the PlanetLab reproduction drifts from its run after the first step. Between
		 * two points its two quotients are this segment's, divided once (the same divisions, so the same bits).
		 */
		@Override
		public double watts(double utilisation) {
			double u = utilisation > 0 && utilisation < 1 ? utilisation : clamp(utilisation); // the call when needed
			double tenths = u * 10;
			int lower = (int) tenths; // floor of tenths (>= 0) without Math.floor, which is slow when not compiled
			if (tenths > lower) { // to one instruction; so the ceiling is lower + 1, and the point below is lower
				return table[lower] + perPoint[lower] * (u - start[lower]) * 100;
			}
			return onPoint(u, tenths, lower);
		}

		/** CloudSim's formula where u · 10 is whole (or u is NaN): there its ceiling is its floor. */
		private double onPoint(double u, double tenths, int lower) {
			// u % 0.1 is 0 only if u is a whole multiple of 0.1, and then u * 10 is whole: test that first, as
			// a floating-point remainder is slow
			if (tenths == lower && u % 0.1 == 0) {
				return table[lower];
			}
			double perTenth = (table[lower] - table[lower]) / 10;
			return table[lower] + perTenth * (u - (double) lower / 10) * 100;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof SpecPower s && Arrays.equals(table, s.table);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(table);
		}

		@Override
		public String toString() {
			return "SpecPower" + Arrays.toString(table);
		}
	}

	/**
	 * Math.max(0, Math.min(1, utilisation)) by comparisons, which the JIT's first tier does not turn into calls:
	 * NaN stays NaN and −0 becomes +0, as there.
	 */
	private static double clamp(double utilisation) {
		double u = utilisation < 1 ? utilisation : utilisation >= 1 ? 1 : utilisation;
		return u > 0 ? u : u <= 0 ? 0 : u;
	}

	record Linear(double idleWatts, double peakWatts) implements PowerModel {
		public Linear {
			if (!(idleWatts >= 0) || !(peakWatts >= idleWatts) || Double.isInfinite(peakWatts)) {
				throw new IllegalArgumentException("need 0 <= idle <= peak watts, not " + idleWatts + " and " + peakWatts);
			}
		}

		@Override
		public double watts(double utilisation) {
			double u = Math.max(0, Math.min(1, utilisation));
			return idleWatts + (peakWatts - idleWatts) * u;
		}
	}
}
