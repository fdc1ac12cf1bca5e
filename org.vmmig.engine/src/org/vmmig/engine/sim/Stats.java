package org.vmmig.engine.sim;

import java.util.Arrays;

/** The statistics the overload detectors and VM selectors use, each with its definition and source. */
public final class Stats {

	private Stats() {
	}

	/** The median; for an even count, the mean of the two middle values. */
	public static double median(double[] values) {
		return medianInPlace(values.clone());
	}

	/**
	 * The median of {@code values}, which it reorders. For an even count the lower middle value is the largest of
	 * what {@link #orderStatistic} left before the upper one, found by one pass rather than a second selection.
	 */
	private static double medianInPlace(double[] values) {
		int n = values.length;
		double upper = orderStatistic(values, n / 2, n);
		return n % 2 == 1 ? upper : (largest(values, n / 2) + upper) / 2;
	}

	/**
	 * {@code orderStatistic(values, to - 1, to)}: the largest of {@code values[0, to)}, by comparisons where no NaN
	 * or −0.0 is among them (then equal values have equal bits, so any largest one is the one a sort puts last).
	 */
	private static double largest(double[] values, int to) {
		double max = values[0];
		for (int i = 0; i < to; i++) {
			double v = values[i];
			if (v != v || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) {
				return orderStatistic(values, to - 1, to);
			}
			max = v > max ? v : max;
		}
		return max;
	}

	/**
	 * The {@code k}-th smallest (from 0) of {@code values[0, to)}, the value a sort would put at {@code k}; reorders
	 * that range so that what lies before {@code k} is no larger (Hoare's selection, "FIND", CACM 4(7), 1961). The
	 * overload detectors ask for quantiles of 30-sample histories hundreds of thousands of times a run, and a
	 * selection looks at each value about twice where a sort compares it with many. Arrays holding NaN or −0.0 —
	 * which a sort orders in its own way — are sorted instead, so the result is always the sorted array's.
	 */
	static double orderStatistic(double[] values, int k, int to) {
		for (int i = 0; i < to; i++) {
			double v = values[i];
			if (v != v || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) {
				Arrays.sort(values, 0, to);
				return values[k];
			}
		}
		int lo = 0;
		int hi = to - 1;
		while (lo < hi) {
			double pivot = values[(lo + hi) >>> 1];
			int i = lo;
			int j = hi;
			while (i <= j) {
				while (values[i] < pivot) {
					i++;
				}
				while (values[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double swap = values[i];
					values[i++] = values[j];
					values[j--] = swap;
				}
			}
			if (k <= j) {
				hi = j;
			} else if (k >= i) {
				lo = i;
			} else {
				return values[k]; // between j and i all equal the pivot
			}
		}
		return values[k];
	}

	/** Median absolute deviation: the median of |x − median(x)| (Beloglazov and Buyya 2012, §5.1.1). */
	public static double mad(double[] values) {
		double median = median(values);
		double[] deviations = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			deviations[i] = Math.abs(median - values[i]);
		}
		return medianInPlace(deviations);
	}

	/**
	 * Interquartile range Q3 − Q1 with the quartiles taken at the ranks round(0.25 (n + 1)) and
	 * round(0.75 (n + 1)) of the sorted sample (Beloglazov and Buyya 2012, §5.1.2, as implemented in
	 * CloudSim 4.0's MathUtil.iqr).
	 */
	public static double iqr(double[] values) {
		double[] sample = values.clone();
		int n = sample.length;
		int q1 = (int) Math.round(0.25 * (n + 1)) - 1;
		int q3 = (int) Math.round(0.75 * (n + 1)) - 1;
		q1 = Math.max(0, Math.min(n - 1, q1));
		q3 = Math.max(0, Math.min(n - 1, q3));
		double upper = orderStatistic(sample, q3, n);
		return upper - (q1 == q3 ? upper : orderStatistic(sample, q1, q3)); // what precedes q3 is no larger
	}

	/** Ordinary least squares line y = a + b x; returns {a, b}. */
	public static double[] line(double[] x, double[] y, double[] weights) {
		double sw = 0, sx = 0, sy = 0;
		for (int i = 0; i < x.length; i++) {
			sw += weights[i];
			sx += weights[i] * x[i];
			sy += weights[i] * y[i];
		}
		double mx = sx / sw, my = sy / sw;
		double sxx = 0, sxy = 0;
		for (int i = 0; i < x.length; i++) {
			sxx += weights[i] * (x[i] - mx) * (x[i] - mx);
			sxy += weights[i] * (x[i] - mx) * (y[i] - my);
		}
		double slope = sxx == 0 ? 0 : sxy / sxx;
		return new double[] { my - slope * mx, slope };
	}

	/**
	 * {@link #line} through the {@code n} most recent samples of a history (most recent first), at x = 1 for the
	 * oldest to x = n for the newest, with unit weights: the same operations on the same values, without building
	 * the three arrays (a unit weight multiplies exactly).
	 */
	static double[] lineThroughRecent(double[] history, int n) {
		double sw = 0, sx = 0, sy = 0;
		for (int i = 0; i < n; i++) {
			sw += 1;
			sx += i + 1;
			sy += history[n - 1 - i];
		}
		double mx = sx / sw, my = sy / sw;
		double sxx = 0, sxy = 0;
		for (int i = 0; i < n; i++) {
			double dx = (i + 1) - mx;
			sxx += dx * dx;
			sxy += dx * (history[n - 1 - i] - my);
		}
		double slope = sxx == 0 ? 0 : sxy / sxx;
		return new double[] { my - slope * mx, slope };
	}

	/**
	 * A robust line (Cleveland, "Robust locally weighted regression and smoothing scatterplots", JASA 74,
	 * 1979): a least-squares fit, then one refit with bisquare weights (1 − (r / 6 s)²)², s the median
	 * absolute residual, so outlying samples count less.
	 */
	public static double[] robustLine(double[] x, double[] y) {
		double[] ones = new double[x.length];
		Arrays.fill(ones, 1);
		double[] first = line(x, y, ones);
		double[] residuals = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			residuals[i] = Math.abs(y[i] - (first[0] + first[1] * x[i]));
		}
		double s6 = 6 * median(residuals);
		if (s6 == 0) {
			return first;
		}
		double[] weights = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			double r = residuals[i] / s6;
			weights[i] = r >= 1 ? 0 : (1 - r * r) * (1 - r * r);
		}
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		return total == 0 ? first : line(x, y, weights);
	}

	/**
	 * Maximum-correlation selection's choice among {@code series} (each at least {@code m} samples long, the first
	 * {@code m} used): the index whose {@link #rSquared R²} regressed on all the other series, in their order, is the
	 * highest and above {@link Double#MIN_VALUE} (ties: the first; none: 0), or −1 when one of those regressions
	 * cannot be computed (fewer samples than coefficients, a singular design).
	 *
	 * <p>The same bits as {@code series.length} calls of {@link #rSquared} in about a third of the arithmetic: a
	 * Householder reflection changes each column by a formula of that column and the reflector alone, so the
	 * regressions of series i and i + 1 share the reflections of the intercept and of series 0 to i − 1, which are
	 * computed once, in the same order and with the same operations, and carried from one regression to the next.
	 */
	static int mostCorrelated(double[][] series, int m) {
		int n = series.length;
		if (m < n) { // n coefficients: the intercept and n − 1 other series
			return -1;
		}
		double[] ones = new double[m];
		Arrays.fill(ones, 1);
		double[][] carried = new double[n][]; // series i.. after the reflections of the shared prefix
		for (int i = 0; i < n; i++) {
			carried[i] = Arrays.copyOf(series[i], m);
		}
		if (!reflect(ones, 0, carried, 0, n, m, null)) {
			return -1;
		}
		double[][] work = new double[n][m];
		double max = Double.MIN_VALUE;
		int best = 0;
		for (int i = 0; i < n; i++) {
			// regression i: columns 1, series 0..i−1 (reflected already), series i+1..n−1 at positions i+1..n−1
			for (int c = i; c < n; c++) {
				System.arraycopy(carried[c], 0, work[c], 0, m);
			}
			double[] b = work[i];
			for (int k = i + 1; k < n; k++) {
				if (!reflect(work[k], k, work, k + 1, n, m, b)) {
					return -1;
				}
			}
			double ssr = 0;
			for (int r = n; r < m; r++) {
				ssr += b[r] * b[r];
			}
			double r2 = 1 - ssr / totalSumOfSquares(series[i], m);
			if (r2 > max) {
				max = r2;
				best = i;
			}
			if (i + 1 < n && !reflect(carried[i], i + 1, carried, i + 1, n, m, null)) { // series i joins the prefix
				return -1;
			}
		}
		return best;
	}

	/** Σ (y − mean)² over the first {@code m} samples, as {@link #rSquared} computes it. */
	private static double totalSumOfSquares(double[] y, int m) {
		double mean = 0;
		for (int r = 0; r < m; r++) {
			mean += y[r];
		}
		mean /= m;
		double sst = 0;
		for (int r = 0; r < m; r++) {
			sst += (y[r] - mean) * (y[r] - mean);
		}
		return sst;
	}

	/**
	 * Turns {@code col} into the Householder reflector that zeroes it below row {@code k} and applies it to
	 * {@code others[from, to)} and to {@code also} (if not null), with {@link #rSquared}'s operations; false when
	 * the column is zero there (a singular design).
	 */
	private static boolean reflect(double[] col, int k, double[][] others, int from, int to, int m, double[] also) {
		double norm2 = 0;
		for (int r = k; r < m; r++) {
			norm2 += col[r] * col[r];
		}
		double alpha = col[k] > 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
		if (alpha == 0) {
			return false;
		}
		col[k] -= alpha;
		double denominator = alpha * col[k];
		// the columns are distinct arrays and none is the reflector, so no update changes what another reads: they
		// are taken four or two at a time (the last one alone), with {@code also} after the others
		int count = to - from + (also != null ? 1 : 0);
		int j = 0;
		for (; j + 4 <= count; j += 4) {
			applyReflection(col, k, m, denominator, column(others, from, to, also, j),
					column(others, from, to, also, j + 1), column(others, from, to, also, j + 2),
					column(others, from, to, also, j + 3));
		}
		for (; j + 2 <= count; j += 2) {
			applyReflection(col, k, m, denominator, column(others, from, to, also, j),
					column(others, from, to, also, j + 1));
		}
		if (j < count) {
			applyReflection(col, k, m, denominator, column(others, from, to, also, j));
		}
		return true;
	}

	/** The {@code j}-th column a reflection is applied to: {@code others[from, to)}, then {@code also}. */
	private static double[] column(double[][] others, int from, int to, double[] also, int j) {
		return from + j < to ? others[from + j] : also;
	}

	private static void applyReflection(double[] col, int k, int m, double denominator, double[] other) {
		double dot = 0;
		for (int r = k; r < m; r++) {
			dot += col[r] * other[r];
		}
		double factor = dot / denominator;
		for (int r = k; r < m; r++) {
			other[r] += factor * col[r];
		}
	}

	/**
	 * {@link #applyReflection} to four columns at once: each dot product is summed in the same order as alone, so
	 * the same bits, but the four sums do not wait for each other (each addition of one sum waits for the one before
	 * it; four sums keep the processor's adders busy, about a third of a maximum-correlation selection's time) and
	 * the reflector is read once.
	 */
	private static void applyReflection(double[] col, int k, int m, double denominator, double[] a, double[] b,
			double[] c, double[] d) {
		double dotA = 0, dotB = 0, dotC = 0, dotD = 0;
		for (int r = k; r < m; r++) {
			double v = col[r];
			dotA += v * a[r];
			dotB += v * b[r];
			dotC += v * c[r];
			dotD += v * d[r];
		}
		double factorA = dotA / denominator, factorB = dotB / denominator;
		double factorC = dotC / denominator, factorD = dotD / denominator;
		for (int r = k; r < m; r++) {
			double v = col[r];
			a[r] += factorA * v;
			b[r] += factorB * v;
			c[r] += factorC * v;
			d[r] += factorD * v;
		}
	}

	/** {@link #applyReflection} to two columns at once, as the four-column one. */
	private static void applyReflection(double[] col, int k, int m, double denominator, double[] a, double[] b) {
		double dotA = 0, dotB = 0;
		for (int r = k; r < m; r++) {
			double v = col[r];
			dotA += v * a[r];
			dotB += v * b[r];
		}
		double factorA = dotA / denominator, factorB = dotB / denominator;
		for (int r = k; r < m; r++) {
			double v = col[r];
			a[r] += factorA * v;
			b[r] += factorB * v;
		}
	}

	/**
	 * R² of the least-squares regression of {@code y} on the columns of {@code x} with an intercept, solved
	 * by Householder QR (the method of Apache Commons Math's OLSMultipleLinearRegression, which CloudSim
	 * uses). A constant {@code y} gives NaN or −∞, as 1 − SSR/SST does there.
	 *
	 * @throws IllegalArgumentException with fewer observations than coefficients or a singular design — the
	 *                                  cases where CloudSim's maximum-correlation selection falls back to
	 *                                  minimum migration time
	 */
	public static double rSquared(double[] y, double[][] columns) {
		int m = y.length;
		int p = columns.length + 1;
		if (m < p) {
			throw new IllegalArgumentException("not enough observations for " + p + " coefficients");
		}
		double[][] a = new double[p][m]; // column-major: a[column][row]
		Arrays.fill(a[0], 1);
		for (int c = 1; c < p; c++) {
			System.arraycopy(columns[c - 1], 0, a[c], 0, m);
		}
		double[] b = y.clone();
		for (int k = 0; k < p; k++) {
			if (!reflect(a[k], k, a, k + 1, p, m, b)) {
				throw new IllegalArgumentException("singular design");
			}
		}
		// after the reflections, b[p..m) holds the residual vector's coordinates
		double ssr = 0;
		for (int r = p; r < m; r++) {
			ssr += b[r] * b[r];
		}
		double sst = totalSumOfSquares(y, m);
		return 1 - ssr / sst;
	}
}
