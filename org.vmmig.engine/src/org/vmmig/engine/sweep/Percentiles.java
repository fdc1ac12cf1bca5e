package org.vmmig.engine.sweep;

import java.util.Arrays;

/**
 * Percentiles of a metric over Monte-Carlo samples, with distribution-free confidence intervals.
 *
 * <p>The percentile is Hyndman and Fan's definition 7 (The American Statistician 50(4), 1996): linear
 * interpolation between order statistics at h = (n − 1)·p — the default of R's {@code quantile} and of NumPy.
 *
 * <p>The confidence interval is the order-statistic interval for a quantile (Conover, Practical Nonparametric
 * Statistics, 3rd ed., 1999, §3.2; Hahn and Meeker, Statistical Intervals, 1991, §5.2): with B ~ Binomial(n, p),
 * [X<sub>(r)</sub>, X<sub>(s)</sub>] covers the p-quantile with probability P(r ≤ B ≤ s − 1); r is the largest rank
 * with P(B ≤ r − 1) ≤ α/2 and s the smallest with P(B ≤ s − 1) ≥ 1 − α/2. It assumes nothing of the distribution.
 * When n is too small for a bound (e.g. the P99 of 100 samples has no upper bound at 95 %), that bound is NaN.
 */
public final class Percentiles {

	/** The percentiles every sweep report shows. */
	public static final double[] SHOWN = { 0.50, 0.95, 0.99 };
	/** The confidence of the intervals shown. */
	public static final double CONFIDENCE = 0.95;

	/** A percentile and its confidence interval (bounds NaN when the samples are too few for them). */
	public record Estimate(double p, double value, double lower, double upper) {
	}

	private Percentiles() {
	}

	/** The p-quantile (0 ≤ p ≤ 1) of values, definition 7; NaN of no values. */
	public static double quantile(double[] values, double p) {
		double[] sorted = sorted(values);
		return quantileOfSorted(sorted, p);
	}

	public static Estimate estimate(double[] values, double p, double confidence) {
		double[] sorted = sorted(values);
		int[] ranks = ranks(sorted.length, p, confidence);
		return new Estimate(p, quantileOfSorted(sorted, p), ranks[0] < 1 ? Double.NaN : sorted[ranks[0] - 1],
				ranks[1] > sorted.length ? Double.NaN : sorted[ranks[1] - 1]);
	}

	/**
	 * The ranks (1-based) r and s of the order statistics bounding the p-quantile's interval; r &lt; 1 or s &gt; n
	 * when that bound does not exist for n values.
	 */
	public static int[] ranks(int n, double p, double confidence) {
		double alpha = 1 - confidence;
		if (n == 0) {
			return new int[] { 0, 1 };
		}
		double[] cdf = binomialCdf(n, p);
		int r = 0; // largest r with P(B <= r - 1) <= alpha/2
		for (int k = 1; k <= n; k++) {
			if (cdf[k - 1] <= alpha / 2) {
				r = k;
			}
		}
		int s = n + 1; // smallest s with P(B <= s - 1) >= 1 - alpha/2
		for (int k = n; k >= 1; k--) {
			if (cdf[k - 1] >= 1 - alpha / 2) {
				s = k;
			}
		}
		return new int[] { r, s };
	}

	/** P(B ≤ k) for k = 0 … n, B ~ Binomial(n, p), the probabilities summed in log space (no underflow of p^n). */
	static double[] binomialCdf(int n, double p) {
		double[] cdf = new double[n + 1];
		if (p <= 0 || p >= 1) {
			Arrays.fill(cdf, p <= 0 ? 1 : 0);
			cdf[n] = 1;
			return cdf;
		}
		double logPmf = n * Math.log1p(-p);
		double logOdds = Math.log(p) - Math.log1p(-p);
		double sum = 0;
		for (int k = 0; k <= n; k++) {
			sum += Math.exp(logPmf);
			cdf[k] = Math.min(1, sum);
			logPmf += Math.log((double) (n - k) / (k + 1)) + logOdds;
		}
		return cdf;
	}

	private static double quantileOfSorted(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		double h = (sorted.length - 1) * p;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}

	private static double[] sorted(double[] values) {
		double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
		Arrays.sort(sorted);
		return sorted;
	}
}
