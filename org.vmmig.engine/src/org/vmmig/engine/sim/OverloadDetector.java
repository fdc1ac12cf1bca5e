package org.vmmig.engine.sim;

/**
 * How a host is judged overloaded at a scheduling step (Beloglazov and Buyya, CCPE 2012, §5.1). The adaptive
 * detectors need a utilisation history; with fewer samples than they need they fall back to a static 70 %
 * threshold, as in the paper's experiments.
 */
public sealed interface OverloadDetector {

	/** Fallback of the adaptive detectors while a host's history is short. */
	double FALLBACK_THRESHOLD = 0.7;
	/** Samples an IQR or MAD estimate needs (CloudSim's "safe value"). */
	int MIN_HISTORY_FOR_SPREAD = 12;
	/** Samples the regression detectors fit (the most recent ones). */
	int REGRESSION_WINDOW = 10;

	/** A short label as in the paper's tables: THR-0.8, IQR-1.5, … */
	String label();

	/** No consolidation at all: VMs stay where they were placed (the DVFS baseline). */
	record None() implements OverloadDetector {
		@Override
		public String label() {
			return "DVFS";
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
			return "THR-" + Parameters.format(threshold);
		}
	}

	/** Threshold 1 − s · IQR(history). */
	record InterQuartileRange(double safety) implements OverloadDetector {
		public InterQuartileRange {
			Parameters.requireNonNegative(safety);
		}

		@Override
		public String label() {
			return "IQR-" + Parameters.format(safety);
		}
	}

	/** Threshold 1 − s · MAD(history). */
	record MedianAbsoluteDeviation(double safety) implements OverloadDetector {
		public MedianAbsoluteDeviation {
			Parameters.requireNonNegative(safety);
		}

		@Override
		public String label() {
			return "MAD-" + Parameters.format(safety);
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
			return (robust ? "LRR-" : "LR-") + Parameters.format(safety);
		}
	}

	/** Small helpers for the records above. */
	final class Parameters {
		private Parameters() {
		}

		static void requireNonNegative(double value) {
			if (!(value >= 0) || Double.isInfinite(value)) {
				throw new IllegalArgumentException("a safety parameter is a finite number >= 0, not " + value);
			}
		}

		static String format(double value) {
			return value == Math.rint(value) ? String.valueOf((long) value) + ".0" : String.valueOf(value);
		}
	}
}
