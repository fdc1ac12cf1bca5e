package org.vmmig.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.PreCopyModel;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.model.PreCopyPolicy;

/**
 * Pre-copy predictions against closed forms. With memory M, dirty rate D and bandwidth B, round i sends
 * M·r^i with r = D/B (Clark et al. NSDI'05; Liu et al. HPDC'11, eq. 1-3), so after n rounds the total sent
 * is M·(1 − r^(n+1))/(1 − r) and the time is that divided by B.
 */
class PreCopyModelTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double MIB = 1024.0 * 1024;
	private static final double GBIT = 1e9 / 8;

	private final PreCopyModel model = new PreCopyModel();

	@Test
	void memoryWithoutDirtyingMovesInOneRoundAtLinkSpeed() {
		MigrationEstimate e = model.estimate(8 * GIB, 0, 10 * GBIT, PreCopyPolicy.defaults());
		assertEquals(8 * GIB, e.bytesTransferred());
		assertEquals(8 * GIB / (10 * GBIT), e.totalSeconds(), 1e-9);
		assertEquals(0, e.downtimeSeconds());
		assertEquals(1, e.rounds());
		assertTrue(e.converged());
	}

	@ParameterizedTest(name = "M={0} GiB, D={1} MiB/s, B={2} Gbit/s")
	@CsvSource({ "4, 100, 1", "16, 300, 10", "64, 1000, 10", "2, 10, 1" })
	void aConstantDirtyRateFollowsTheGeometricSeries(double memoryGib, double dirtyMib, double gbit) {
		double m = memoryGib * GIB;
		double d = dirtyMib * MIB;
		double b = gbit * GBIT;
		PreCopyPolicy policy = PreCopyPolicy.defaults();
		MigrationEstimate e = model.estimate(m, d, b, policy);

		// independent closed form: the first n with M·r^n / B <= downtime limit (n >= 1)
		double r = d / b;
		int n = 1;
		while (m * Math.pow(r, n) / b > policy.downtimeLimitSeconds()) {
			n++;
		}
		double total = m * (1 - Math.pow(r, n + 1)) / (1 - r);
		assertEquals(n, e.rounds(), "pre-copy rounds before the stop-and-copy");
		assertEquals(total, e.bytesTransferred(), total * 1e-9);
		assertEquals(total / b, e.totalSeconds(), 1e-9 * total / b);
		assertEquals(m * Math.pow(r, n) / b, e.downtimeSeconds(), 1e-12);
		assertTrue(e.converged());
	}

	@Test
	void eachRoundResendsWhatThePreviousRoundLetTheGuestDirty() {
		MigrationEstimate e = model.estimate(4 * GIB, 200 * MIB, 1 * GBIT, PreCopyPolicy.defaults());
		for (int i = 1; i < e.trace().size(); i++) {
			Round previous = e.trace().get(i - 1);
			assertEquals(previous.dirtiedBytes(), e.trace().get(i).bytesSent(), 1e-6);
		}
		assertTrue(e.trace().get(e.trace().size() - 1).stopAndCopy(), "the last round is the stop-and-copy");
	}

	@Test
	void aDirtyRateAboveTheBandwidthNeverConvergesAndStopsAtTheRoundCap() {
		PreCopyPolicy policy = new PreCopyPolicy(0.3, 30, 0);
		MigrationEstimate e = model.estimate(4 * GIB, 200e6, 1 * GBIT, policy);
		assertFalse(e.converged());
		assertEquals(30, e.rounds());
		// every round after the first re-sends all memory (the dirtied set is capped at memory size)
		assertEquals(31 * 4 * GIB, e.bytesTransferred(), 1);
		assertEquals(4 * GIB / GBIT, e.downtimeSeconds(), 1e-9, "forced stop-and-copy of everything");
		assertTrue(Double.isFinite(e.totalSeconds()));
	}

	@Test
	void aConvergedMigrationNeverExceedsTheDowntimeLimit() {
		for (double dirty = 0; dirty < 110 * MIB; dirty += 5 * MIB) {
			MigrationEstimate e = model.estimate(8 * GIB, dirty, 1 * GBIT, PreCopyPolicy.defaults());
			if (e.converged()) {
				assertTrue(e.downtimeSeconds() <= 0.3 + 1e-12, "downtime " + e.downtimeSeconds() + " at " + dirty);
			}
		}
	}

	@Test
	void aBandwidthCapSlowsTheMigrationToTheCap() {
		MigrationEstimate capped = model.estimate(8 * GIB, 0, 10 * GBIT, new PreCopyPolicy(0.3, 30, 1 * GBIT));
		assertEquals(8 * GIB / GBIT, capped.totalSeconds(), 1e-9);
	}

	@Test
	void moreBandwidthNeverLengthensAnUncappedPreCopy() {
		double previous = Double.POSITIVE_INFINITY;
		for (double gbit = 1; gbit <= 40; gbit += 0.5) {
			double t = model.estimate(16 * GIB, 300 * MIB, gbit * GBIT, PreCopyPolicy.defaults()).totalSeconds();
			assertTrue(t <= previous, "at " + gbit + " Gbit/s: " + t + " s > " + previous + " s");
			previous = t;
		}
	}

	@Test
	void aLinkWithoutBandwidthIsAClearError() {
		var error = assertThrows(IllegalArgumentException.class,
				() -> model.estimate(GIB, 0, 0, PreCopyPolicy.defaults()));
		assertTrue(error.getMessage().contains("bandwidth must be > 0"), error.getMessage());
	}
}
