package org.vmmig.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The statistics a sweep reports, each against a closed form or a published figure. */
class SweepStatisticsTest {

	@Test
	void percentilesInterpolateBetweenOrderStatisticsAsRAndNumPyDo() {
		double[] oneToTen = { 10, 1, 9, 2, 8, 3, 7, 4, 6, 5 };
		// R: quantile(1:10, c(.5, .95, .99)) (type 7) = 5.5, 9.55, 9.91; h = (n - 1) p
		assertEquals(5.5, Percentiles.quantile(oneToTen, 0.50), 1e-12);
		assertEquals(9.55, Percentiles.quantile(oneToTen, 0.95), 1e-12);
		assertEquals(9.91, Percentiles.quantile(oneToTen, 0.99), 1e-12);
		assertEquals(1, Percentiles.quantile(oneToTen, 0), 1e-12);
	}

	@Test
	void theConfidenceIntervalOfAMedianOf100IsBetweenThe40thAnd61stValues() {
		// Conover, Practical Nonparametric Statistics (1999), §3.2: for n = 100 the 95 % interval of the median is
		// [X(40), X(61)] (P(40 <= B <= 60) = 0.9648 for B ~ Binomial(100, 0.5))
		assertArrayEquals(new int[] { 40, 61 }, Percentiles.ranks(100, 0.5, 0.95));
		double[] values = new double[100];
		for (int i = 0; i < 100; i++) {
			values[i] = 100 - i; // 1 … 100, given in reverse
		}
		Percentiles.Estimate median = Percentiles.estimate(values, 0.5, 0.95);
		assertEquals(50.5, median.value(), 1e-12);
		assertEquals(40, median.lower(), 1e-12);
		assertEquals(61, median.upper(), 1e-12);
	}

	@Test
	void aP99Of100SamplesHasNoUpperBound() {
		// B ~ Binomial(100, 0.99): P(B <= 99) = 1 - 0.99^100 = 0.634 < 0.975, so no order statistic bounds it above;
		// P(B <= 96) = 0.0184 <= 0.025 < P(B <= 97) = 0.0794, so the lower bound is X(97)
		int[] ranks = Percentiles.ranks(100, 0.99, 0.95);
		assertEquals(97, ranks[0]);
		assertTrue(ranks[1] > 100);
		double[] values = new double[100];
		for (int i = 0; i < 100; i++) {
			values[i] = i + 1;
		}
		Percentiles.Estimate p99 = Percentiles.estimate(values, 0.99, 0.95);
		assertEquals(97, p99.lower(), 1e-12);
		assertTrue(Double.isNaN(p99.upper()));
	}

	@Test
	void firstOrderSensitivityOfALinearMetricIsItsShareOfTheVariance() {
		// y = 2 a + b on the full factorial a, b in {0, 1, 2}: Var(E[y|a]) = 4 Var(a), Var(E[y|b]) = Var(b),
		// Var(y) = 5 Var(a) (a and b independent, equal variances): S_a = 0.8, S_b = 0.2
		int[] a = new int[9], b = new int[9];
		double[] y = new double[9];
		for (int i = 0; i < 9; i++) {
			a[i] = i / 3;
			b[i] = i % 3;
			y[i] = 2 * a[i] + b[i];
		}
		assertEquals(0.8, Sensitivity.firstOrder(a, y, 3), 1e-12);
		assertEquals(0.2, Sensitivity.firstOrder(b, y, 3), 1e-12);
		assertTrue(Double.isNaN(Sensitivity.firstOrder(a, new double[9], 3)), "a metric that does not vary");
	}

	@Test
	void theParetoFrontKeepsTheRunsNoOtherBeatsOnBothMetrics() {
		double[] energy = { 10, 8, 12, 8, 5, Double.NaN };
		double[] slav = { 1, 2, 0.5, 3, 4, 0 };
		// (8, 3) is beaten by (8, 2); the failed run (NaN) is never on the front
		assertEquals(List.of(0, 1, 2, 4), ParetoFront.of(energy, slav));
	}

	@Test
	void aTriangularAndAUniformDrawHaveTheirMeans() {
		Distribution triangular = new Distribution.Triangular(50, 100, 200);
		Distribution uniform = new Distribution.Uniform(70, 130);
		SplittableRandom random = RandomStreams.of(7, 0);
		int n = 200_000;
		double t = 0, u = 0;
		for (int i = 0; i < n; i++) {
			t += triangular.sample(random);
			u += uniform.sample(random);
		}
		// means (a + c + b) / 3 and (a + b) / 2; standard errors about 0.07 and 0.04: 0.5 is over 7 of them
		assertEquals(350.0 / 3, t / n, 0.5);
		assertEquals(100, u / n, 0.5);
	}

	@Test
	void aNormalDrawHasItsMeanAndDeviationAndIsNeverBelowItsFloor() {
		Distribution normal = new Distribution.Normal(100, 30, 0);
		SplittableRandom random = RandomStreams.of(1, 3);
		int n = 200_000;
		double sum = 0, squares = 0, min = Double.MAX_VALUE;
		for (int i = 0; i < n; i++) {
			double v = normal.sample(random);
			sum += v;
			squares += v * v;
			min = Math.min(min, v);
		}
		double mean = sum / n;
		assertEquals(100, mean, 0.5); // truncating at 0 (3.3 deviations) moves the mean by 0.05
		assertEquals(30, Math.sqrt(squares / n - mean * mean), 0.5);
		assertTrue(min >= 0);
	}

	@Test
	void impossibleDistributionsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(2, 1));
		assertThrows(IllegalArgumentException.class, () -> new Distribution.Normal(100, -1, 0));
		assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(1, 5, 3));
	}

	@Test
	void aSamplesStreamDependsOnTheSeedAndTheSampleOnly() {
		assertEquals(RandomStreams.of(42, 17).nextLong(), RandomStreams.of(42, 17).nextLong());
		assertTrue(RandomStreams.of(42, 17).nextLong() != RandomStreams.of(42, 18).nextLong());
		assertTrue(RandomStreams.of(42, 17).nextLong() != RandomStreams.of(43, 17).nextLong());
	}

	@Test
	void runsAreNumberedCombinationFirstSampleLast() {
		SweepGrid grid = new SweepGrid(List.of(2, 3), 4);
		assertEquals(24, grid.runs());
		assertEquals(5, grid.combination(21));
		assertEquals(1, grid.sample(21));
		assertArrayEquals(new int[] { 1, 2 }, grid.levels(5));
		assertEquals(Long.MAX_VALUE, SweepGrid.count(List.of(1 << 30, 1 << 30, 1 << 30), 1), "overflow saturates");
		assertThrows(IllegalArgumentException.class, () -> new SweepGrid(List.of(1001, 1000), 1));
	}
}
