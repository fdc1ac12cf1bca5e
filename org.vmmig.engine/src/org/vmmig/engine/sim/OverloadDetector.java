package org.vmmig.engine.sim;

/**
 * How a host is judged overloaded at a scheduling step (Beloglazov and Buyya, CCPE 2012, §5.1; CloudSim's
 * {@code PowerVmAllocationPolicyMigration…} family). Each detector is a small type of its own; the simulator only
 * asks {@link #overloaded}. The adaptive detectors need a utilisation history; with fewer samples than they need
 * they fall back to a static 70 % threshold, as in the paper's experiments.
 *
 * <p>To add a detector: a type implementing this interface, and one line in {@link PolicyLabels} giving its label
 * prefix and default parameter.
 */
public interface OverloadDetector {

	/** Fallback of the adaptive detectors while a host's history is short. */
	double FALLBACK_THRESHOLD = 0.7;
	/** Samples an IQR or MAD estimate needs (CloudSim's "safe value"). */
	int MIN_HISTORY_FOR_SPREAD = 12;
	/** Samples the regression detectors fit (the most recent ones). */
	int REGRESSION_WINDOW = 10;

	/** A short label as in the paper's tables: THR-0.8, IQR-1.5, … */
	String label();

	/** Whether the host is overloaded now. */
	boolean overloaded(HostLoad host);

	/** Whether the simulation migrates at all under this detector (only {@link None} does not). */
	default boolean consolidates() {
		return true;
	}

	/** No consolidation at all: VMs stay where they were placed (the DVFS baseline). */
	record None() implements OverloadDetector {
		@Override
		public String label() {
			return "DVFS";
		}

		@Override
		public boolean overloaded(HostLoad host) {
			return false;
		}

		@Override
		public boolean consolidates() {
			return false;
		}
	}

	/** Overloaded when the requested CPU exceeds a fixed share of the host. */
	record StaticThreshold(double threshold) implements OverloadDetector {
		public StaticThreshold {
			if (!(threshold > 0 && threshold <= 1)) {
				throw new IllegalArgumentException("a utilisation threshold lies in (0, 1], not " + threshold);
			}
		}

		@Override
		public String label() {
			return PolicyLabels.detectorLabel("THR", threshold);
		}

		@Override
		public boolean overloaded(HostLoad host) {
			return host.requestedUtilisation() > threshold;
		}
	}

	/** Threshold 1 − s · IQR(history). */
	record InterQuartileRange(double safety) implements OverloadDetector {
		public InterQuartileRange {
			Parameters.requireNonNegative(safety);
		}

		@Override
		public String label() {
			return PolicyLabels.detectorLabel("IQR", safety);
		}

		@Override
		public boolean overloaded(HostLoad host) {
			return Parameters.aboveSpreadThreshold(host, safety, Stats::iqr);
		}
	}

	/** Threshold 1 − s · MAD(history). */
	record MedianAbsoluteDeviation(double safety) implements OverloadDetector {
		public MedianAbsoluteDeviation {
			Parameters.requireNonNegative(safety);
		}

		@Override
		public String label() {
			return PolicyLabels.detectorLabel("MAD", safety);
		}

		@Override
		public boolean overloaded(HostLoad host) {
			return Parameters.aboveSpreadThreshold(host, safety, Stats::mad);
		}
	}

	/**
	 * A line through the last 10 samples, extrapolated to the end of the next migration; overloaded when
	 * s · prediction ≥ 1. {@code robust} refits with bisquare weights (Cleveland 1979).
	 */
	record LocalRegression(double safety, boolean robust) implements OverloadDetector {
		public LocalRegression {
			Parameters.requireNonNegative(safety);
		}

		@Override
		public String label() {
			return PolicyLabels.detectorLabel(robust ? "LRR" : "LR", safety);
		}

		@Override
		public boolean overloaded(HostLoad host) {
			double utilisation = host.requestedUtilisation();
			double[] history = host.utilisationHistory();
			int n = REGRESSION_WINDOW;
			if (history.length < n) {
				return utilisation > FALLBACK_THRESHOLD;
			}
			if (!robust) {
				double[] line = Stats.lineThroughRecent(history, n);
				return safety * (line[0] + line[1] * (n + host.stepsToMigrateLargestVm())) >= 1;
			}
			double[] x = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = i + 1;
				y[i] = history[n - 1 - i]; // oldest first
			}
			double[] line = Stats.robustLine(x, y);
			return safety * (line[0] + line[1] * (n + host.stepsToMigrateLargestVm())) >= 1;
		}
	}

	/** Small helpers for the records above. */
	final class Parameters {
		private Parameters() {
		}

		/**
		 * Utilisation above 1 − s · spread(history), or above the fallback while the history is too short for a
		 * spread (the IQR and MAD detectors).
		 */
		static boolean aboveSpreadThreshold(HostLoad host, double safety,
				java.util.function.ToDoubleFunction<double[]> spread) {
			double utilisation = host.requestedUtilisation();
			double[] history = host.utilisationHistory();
			if (history.length < MIN_HISTORY_FOR_SPREAD) {
				return utilisation > FALLBACK_THRESHOLD;
			}
			// Both spreads lie in [0, max − min] of the history, computed too (rounding is monotone, and a median
			// lies between the smallest and largest value when no sum of two overflows), so a utilisation above 1
			// or at most 1 − s · (max − min) is decided without them, with the answer they would give.
			double min = history[0];
			double max = history[0];
			for (int i = 1; i < history.length; i++) {
				double v = history[i];
				min = v < min ? v : min;
				max = v > max ? v : max;
			}
			if (min >= -0x1p1000 && max <= 0x1p1000) { // no NaN, no overflow
				if (utilisation > 1) {
					return true;
				}
				if (utilisation <= 1 - safety * (max - min)) {
					return false;
				}
			}
			return utilisation > 1 - safety * spread.applyAsDouble(history);
		}

		static void requireNonNegative(double value) {
			if (!(value >= 0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException("a safety parameter is a finite number >= 0, not " + value);
			}
		}
	}
}
