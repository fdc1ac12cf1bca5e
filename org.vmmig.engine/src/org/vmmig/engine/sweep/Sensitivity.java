package org.vmmig.engine.sweep;

/**
 * How much of a metric's variation over a sweep each knob explains: the first-order sensitivity index
 * S<sub>i</sub> = Var(E[Y | X<sub>i</sub>]) / Var(Y) (Saltelli et al., Global Sensitivity Analysis: The Primer,
 * Wiley 2008, §1.2.3 and §4.1). On a full-factorial sweep every value of a knob is run with every value of the
 * others, so E[Y | X<sub>i</sub> = x] is the mean of the runs with that value, and S<sub>i</sub> is the knob's
 * main-effect sum of squares over the total sum of squares (the correlation ratio η², Fisher's one-way analysis of
 * variance). Indices lie in [0, 1]; what the first-order indices leave to 1 is the knobs' interaction (and
 * Monte-Carlo noise).
 */
public final class Sensitivity {

	private Sensitivity() {
	}

	/**
	 * @param levels the knob's value index of each run
	 * @param values the metric of each run; runs with NaN (failed) are left out
	 * @return S in [0, 1], or NaN when the metric does not vary
	 */
	public static double firstOrder(int[] levels, double[] values, int levelCount) {
		double[] sum = new double[levelCount];
		int[] count = new int[levelCount];
		double total = 0;
		int n = 0;
		for (int i = 0; i < values.length; i++) {
			if (!Double.isNaN(values[i])) {
				sum[levels[i]] += values[i];
				count[levels[i]]++;
				total += values[i];
				n++;
			}
		}
		if (n == 0) {
			return Double.NaN;
		}
		double mean = total / n;
		double totalSquares = 0;
		for (double v : values) {
			if (!Double.isNaN(v)) {
				totalSquares += (v - mean) * (v - mean);
			}
		}
		if (!(totalSquares > 1e-300)) {
			return Double.NaN;
		}
		double between = 0;
		for (int l = 0; l < levelCount; l++) {
			if (count[l] > 0) {
				double levelMean = sum[l] / count[l];
				between += count[l] * (levelMean - mean) * (levelMean - mean);
			}
		}
		return Math.min(1, between / totalSquares);
	}
}
