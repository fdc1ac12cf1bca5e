package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statistics behind the overload detectors and the VM selection, against values worked out by hand. */
class StatsTest {

	@Test
	void medianOfOddAndEvenSamples() {
		assertEquals(3, Stats.median(new double[] { 5, 1, 3 }));
		assertEquals(2.5, Stats.median(new double[] { 4, 1, 3, 2 }));
	}

	@Test
	void madIsTheMedianDistanceToTheMedian() {
		// median 3; distances 2, 1, 0, 1, 7 → median 1
		assertEquals(1, Stats.mad(new double[] { 1, 2, 3, 4, 10 }));
	}

	@Test
	void iqrUsesTheRanksOfBeloglazovsImplementation() {
		// n = 12: Q1 at rank round(3.25) = 3, Q3 at rank round(9.75) = 10 (1-based) → 10 − 3
		double[] data = { 12, 1, 11, 2, 10, 3, 9, 4, 8, 5, 7, 6 };
		assertEquals(7, Stats.iqr(data));
	}

	@Test
	void aLineThroughExactPointsIsRecovered() {
		double[] x = { 1, 2, 3, 4 };
		double[] y = { 3, 5, 7, 9 };
		assertArrayEquals(new double[] { 1, 2 }, Stats.line(x, y, new double[] { 1, 1, 1, 1 }), 1e-12);
		assertArrayEquals(new double[] { 1, 2 }, Stats.robustLine(x, y), 1e-12);
	}

	@Test
	void theRobustLineIgnoresAnOutlierThePlainOneFollows() {
		double[] x = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		double[] y = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 60 };
		double plain = Stats.line(x, y, new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 })[1];
		double robust = Stats.robustLine(x, y)[1];
		assertTrue(plain > 3, "least squares is pulled by the outlier: " + plain);
		assertTrue(Math.abs(robust - 1) < Math.abs(plain - 1), "bisquare weights pull back towards slope 1: " + robust);
	}

	@Test
	void rSquaredIsOneForAnExactLinearRelationAndZeroForAnUncorrelatedOne() {
		double[] x = { 1, 2, 3, 4, 5 };
		assertEquals(1, Stats.rSquared(new double[] { 3, 5, 7, 9, 11 }, new double[][] { x }), 1e-12);
		// y symmetric around x's mean: the least-squares slope is 0, so R² = 0
		assertEquals(0, Stats.rSquared(new double[] { 2, 1, 0, 1, 2 }, new double[][] { x }), 1e-12);
	}

	@Test
	void rSquaredOfTwoPredictorsMatchesTheNormalEquations() {
		// y = 1 + x1 + 2 x2 + e; R² computed independently from the residuals of the exact fit below
		double[] x1 = { 1, 2, 3, 4, 5, 6 };
		double[] x2 = { 2, 1, 4, 3, 6, 5 };
		double[] e = { 0.5, -0.5, 0.5, -0.5, 0.5, -0.5 };
		double[] y = new double[6];
		for (int i = 0; i < 6; i++) {
			y[i] = 1 + x1[i] + 2 * x2[i] + e[i];
		}
		double r2 = Stats.rSquared(y, new double[][] { x1, x2 });
		assertEquals(1 - ssrOfOls(y, x1, x2) / sst(y), r2, 1e-9);
	}

	@Test
	void tooFewObservationsOrASingularDesignCannotBeRegressed() {
		assertThrows(IllegalArgumentException.class,
				() -> Stats.rSquared(new double[] { 1, 2 }, new double[][] { { 1, 2 }, { 3, 5 } }));
		assertThrows(IllegalArgumentException.class,
				() -> Stats.rSquared(new double[] { 1, 2, 3, 4 }, new double[][] { { 0, 0, 0, 0 } }));
	}

	@Test
	void specPowerInterpolatesBetweenTenPercentPoints() {
		PowerModel g4 = PowerModel.specPower(86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117);
		assertEquals(86, g4.watts(0));
		assertEquals(117, g4.watts(1));
		assertEquals(92.6 + (96 - 92.6) * 0.5, g4.watts(0.25), 1e-12);
		assertEquals(117, g4.watts(1.3), "clamped");
		assertEquals(150, PowerModel.linear(100, 200).watts(0.5));
		assertThrows(IllegalArgumentException.class, () -> PowerModel.specPower(1, 2, 3));
	}

	/** Least squares with intercept by the normal equations (3×3, Cramer's rule): an independent computation. */
	private static double ssrOfOls(double[] y, double[] x1, double[] x2) {
		double[][] a = new double[3][3];
		double[] b = new double[3];
		for (int i = 0; i < y.length; i++) {
			double[] row = { 1, x1[i], x2[i] };
			for (int r = 0; r < 3; r++) {
				b[r] += row[r] * y[i];
				for (int c = 0; c < 3; c++) {
					a[r][c] += row[r] * row[c];
				}
			}
		}
		double det = det(a);
		double[] beta = new double[3];
		for (int k = 0; k < 3; k++) {
			double[][] m = { a[0].clone(), a[1].clone(), a[2].clone() };
			for (int r = 0; r < 3; r++) {
				m[r][k] = b[r];
			}
			beta[k] = det(m) / det;
		}
		double ssr = 0;
		for (int i = 0; i < y.length; i++) {
			double r = y[i] - beta[0] - beta[1] * x1[i] - beta[2] * x2[i];
			ssr += r * r;
		}
		return ssr;
	}

	private static double det(double[][] m) {
		return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
				+ m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
	}

	private static double sst(double[] y) {
		double mean = 0;
		for (double v : y) {
			mean += v;
		}
		mean /= y.length;
		double s = 0;
		for (double v : y) {
			s += (v - mean) * (v - mean);
		}
		return s;
	}

	/**
	 * The quantiles the detectors use come from a selection, not a sort (docs/performance.md): on samples like a
	 * host's history — many ties, zeros, odd and even counts — and on NaN and −0.0, which a sort orders in its own
	 * way, they must be the sorted sample's, bit for bit.
	 */
	@Test
	void medianAndIqrAreThoseOfTheSortedSample() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(17);
		for (int trial = 0; trial < 20_000; trial++) {
			double[] sample = new double[1 + random.nextInt(40)];
			for (int i = 0; i < sample.length; i++) {
				int kind = random.nextInt(10);
				sample[i] = kind == 0 ? 0 : kind < 4 ? random.nextInt(5) / 4.0 : random.nextDouble();
			}
			if (trial % 10 == 0) {
				sample[random.nextInt(sample.length)] = trial % 20 == 0 ? -0.0 : Double.NaN;
			}
			double[] sorted = sample.clone();
			java.util.Arrays.sort(sorted);
			int n = sorted.length;
			double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
			int q1 = Math.max(0, Math.min(n - 1, (int) Math.round(0.25 * (n + 1)) - 1));
			int q3 = Math.max(0, Math.min(n - 1, (int) Math.round(0.75 * (n + 1)) - 1));
			String what = java.util.Arrays.toString(sample);
			assertEquals(Double.doubleToRawLongBits(median), Double.doubleToRawLongBits(Stats.median(sample)), what);
			double[] deviations = new double[n];
			for (int i = 0; i < n; i++) {
				deviations[i] = Math.abs(median - sample[i]);
			}
			java.util.Arrays.sort(deviations);
			double mad = n % 2 == 1 ? deviations[n / 2] : (deviations[n / 2 - 1] + deviations[n / 2]) / 2;
			assertEquals(Double.doubleToRawLongBits(mad), Double.doubleToRawLongBits(Stats.mad(sample)), what);
			assertEquals(Double.doubleToRawLongBits(sorted[q3] - sorted[q1]), Double.doubleToRawLongBits(Stats.iqr(sample)),
					what);
		}
	}

	/**
	 * The shared-prefix maximum correlation against n plain QR regressions (rSquared on each series and the others
	 * in order): the same index, or −1 exactly when one of those regressions throws, on random histories including
	 * repeated, constant, zero and proportional series and too few samples.
	 */
	@Test
	void mostCorrelatedPicksWhatOneRegressionPerSeriesPicks() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(17);
		int fallbacks = 0;
		int picks = 0;
		for (int trial = 0; trial < 20_000; trial++) {
			int n = 1 + random.nextInt(12);
			int length = random.nextInt(31);
			double[][] series = new double[n][];
			for (int i = 0; i < n; i++) {
				double[] h = new double[length + random.nextInt(3)];
				int kind = random.nextInt(10);
				for (int r = 0; r < h.length; r++) {
					h[r] = switch (kind) {
					case 0 -> 0;
					case 1 -> 0.25;
					case 2 -> i > 0 && series[i - 1].length > 0 ? series[i - 1][Math.min(r, series[i - 1].length - 1)] * 2 : random.nextDouble();
					case 3 -> Math.round(random.nextDouble() * 4) / 4.0;
					default -> random.nextDouble();
					};
				}
				series[i] = h;
			}
			int m = Integer.MAX_VALUE;
			for (double[] h : series) {
				m = Math.min(m, h.length);
			}
			int expected = onePlainRegressionPerSeries(series, m);
			assertEquals(expected, Stats.mostCorrelated(series, m), "trial " + trial);
			if (expected < 0) {
				fallbacks++;
			} else {
				picks++;
			}
		}
		assertTrue(fallbacks > 1000 && picks > 1000, fallbacks + " fallbacks, " + picks + " picks");
	}

	/**
	 * rSquared, whose reflections are applied to up to four columns at once, gives the bits of the Householder QR
	 * written out below one column at a time (its order of operations), on random designs of 1 to 14 columns, with
	 * repeated, constant and rounded columns.
	 */
	@Test
	void rSquaredHasTheBitsOfAColumnByColumnQr() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(23);
		int compared = 0;
		for (int trial = 0; trial < 20_000; trial++) {
			int p = 1 + random.nextInt(14);
			int m = p + 1 + random.nextInt(30);
			double[][] columns = new double[p][m];
			double[] y = new double[m];
			for (int c = 0; c <= p; c++) {
				double[] v = c < p ? columns[c] : y;
				int kind = random.nextInt(8);
				for (int r = 0; r < m; r++) {
					v[r] = switch (kind) {
					case 0 -> 0.5;
					case 1 -> c > 0 ? columns[c - 1][r] * 3 : 1;
					case 2 -> Math.round(random.nextDouble() * 8) / 8.0;
					default -> random.nextDouble() * 100;
					};
				}
			}
			double expected;
			try {
				expected = rSquaredColumnByColumn(y, columns);
			} catch (IllegalArgumentException singular) {
				assertThrows(IllegalArgumentException.class, () -> Stats.rSquared(y, columns));
				continue;
			}
			assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Stats.rSquared(y, columns)),
					"trial " + trial);
			compared++;
		}
		assertTrue(compared > 10_000, compared + " compared");
	}

	/** Householder QR of [1, columns], each reflection applied to one column after another, then 1 − SSR/SST. */
	private static double rSquaredColumnByColumn(double[] y, double[][] columns) {
		int m = y.length;
		int p = columns.length + 1;
		double[][] a = new double[p][];
		a[0] = new double[m];
		java.util.Arrays.fill(a[0], 1);
		for (int c = 1; c < p; c++) {
			a[c] = columns[c - 1].clone();
		}
		double[] b = y.clone();
		for (int k = 0; k < p; k++) {
			double[] col = a[k];
			double norm2 = 0;
			for (int r = k; r < m; r++) {
				norm2 += col[r] * col[r];
			}
			double alpha = col[k] > 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
			if (alpha == 0) {
				throw new IllegalArgumentException("singular");
			}
			col[k] -= alpha;
			double denominator = alpha * col[k];
			for (int c = k + 1; c <= p; c++) {
				double[] other = c < p ? a[c] : b;
				double dot = 0;
				for (int r = k; r < m; r++) {
					dot += col[r] * other[r];
				}
				double factor = dot / denominator;
				for (int r = k; r < m; r++) {
					other[r] += factor * col[r];
				}
			}
		}
		double ssr = 0;
		for (int r = p; r < m; r++) {
			ssr += b[r] * b[r];
		}
		double mean = 0;
		for (double v : y) {
			mean += v;
		}
		mean /= m;
		double sst = 0;
		for (double v : y) {
			sst += (v - mean) * (v - mean);
		}
		return 1 - ssr / sst;
	}

	/** Maximum correlation as it was before the shared prefix: one rSquared per series. */
	private static int onePlainRegressionPerSeries(double[][] series, int m) {
		int n = series.length;
		double[][] data = new double[n][];
		for (int i = 0; i < n; i++) {
			data[i] = java.util.Arrays.copyOf(series[i], m);
		}
		double max = Double.MIN_VALUE;
		int best = 0;
		try {
			for (int i = 0; i < n; i++) {
				double[][] others = new double[n - 1][];
				for (int j = 0, k = 0; j < n; j++) {
					if (j != i) {
						others[k++] = data[j];
					}
				}
				double r2 = Stats.rSquared(data[i], others);
				if (r2 > max) {
					max = r2;
					best = i;
				}
			}
		} catch (IllegalArgumentException cannotRegress) {
			return -1;
		}
		return best;
	}

	/** The array-free line through the recent samples against {@link Stats#line} with x = 1..n and unit weights. */
	@Test
	void lineThroughRecentIsLineWithUnitWeights() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(4);
		for (int trial = 0; trial < 10_000; trial++) {
			int n = 1 + random.nextInt(12);
			double[] history = new double[n + random.nextInt(20)];
			for (int i = 0; i < history.length; i++) {
				history[i] = switch (random.nextInt(8)) {
				case 0 -> 0;
				case 1 -> -0.0;
				case 2 -> trial % 100 == 0 ? Double.NaN : 1;
				default -> random.nextDouble() * 3;
				};
			}
			double[] x = new double[n];
			double[] y = new double[n];
			double[] ones = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = i + 1;
				y[i] = history[n - 1 - i];
				ones[i] = 1;
			}
			double[] expected = Stats.line(x, y, ones);
			double[] actual = Stats.lineThroughRecent(history, n);
			assertEquals(Double.doubleToRawLongBits(expected[0]), Double.doubleToRawLongBits(actual[0]), "trial " + trial);
			assertEquals(Double.doubleToRawLongBits(expected[1]), Double.doubleToRawLongBits(actual[1]), "trial " + trial);
		}
	}

	/**
	 * The IQR and MAD detectors decide some hosts from the history's range without the spread: on random histories
	 * (narrow and wide, with repeated values, NaN and infinities) and utilisations around the threshold, their answer
	 * is always utilisation > 1 − s · spread.
	 */
	@Test
	void spreadDetectorsAnswerAsTheirFormula() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(9);
		for (int trial = 0; trial < 50_000; trial++) {
			double[] history = new double[random.nextInt(31)];
			double centre = random.nextDouble() * 1.2;
			double width = random.nextInt(3) == 0 ? 0 : random.nextDouble() * random.nextDouble();
			for (int i = 0; i < history.length; i++) {
				history[i] = switch (random.nextInt(40)) {
				case 0 -> trial % 50 == 0 ? Double.NaN : centre;
				case 1 -> trial % 70 == 0 ? Double.POSITIVE_INFINITY : centre;
				case 2 -> trial % 90 == 0 ? 1e308 : centre;
				default -> Math.max(0, centre + width * (random.nextDouble() - 0.5));
				};
			}
			double safety = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 4;
			double utilisation = random.nextInt(5) == 0 ? 1 - safety * Stats.iqr(history.length == 0 ? new double[] { 0 } : history)
					: random.nextDouble() * 1.3;
			HostLoad host = new HostLoad() {
				@Override
				public double requestedUtilisation() {
					return utilisation;
				}

				@Override
				public double[] utilisationHistory() {
					return history.clone();
				}

				@Override
				public double stepsToMigrateLargestVm() {
					return 1;
				}
			};
			boolean longEnough = history.length >= OverloadDetector.MIN_HISTORY_FOR_SPREAD;
			boolean iqr = longEnough ? utilisation > 1 - safety * Stats.iqr(history)
					: utilisation > OverloadDetector.FALLBACK_THRESHOLD;
			boolean mad = longEnough ? utilisation > 1 - safety * Stats.mad(history)
					: utilisation > OverloadDetector.FALLBACK_THRESHOLD;
			assertEquals(iqr, new OverloadDetector.InterQuartileRange(safety).overloaded(host), "IQR, trial " + trial);
			assertEquals(mad, new OverloadDetector.MedianAbsoluteDeviation(safety).overloaded(host), "MAD, trial " + trial);
		}
	}
}
