package org.vmmig.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vmmig.engine.cost.Calibration;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.cost.Outcome;
import org.vmmig.engine.cost.Round;
import java.util.List;

import org.vmmig.engine.model.DirtyProfile;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * Pre-copy against closed forms. Each page of 4096 bytes travels with an 8-byte header (QEMU
 * migration/ram.c), so memory m takes m·h on the wire with h = 4104/4096. With memory M, dirty rate D and
 * bandwidth B, round i sends M·ρ^i with ρ = D·h/B (Clark et al. NSDI'05; Liu et al. HPDC'11 eqs. 1-3 with
 * the header factor), and the guest pauses once (M·ρ^n·h + S)/B fits the downtime limit, S being the
 * device state.
 */
class PreCopyTest {

	static final double GIB = 1024.0 * 1024 * 1024;
	static final double MIB = 1024.0 * 1024;
	static final double GBIT = 1e9 / 8;
	static final double H = 4104.0 / 4096;
	static final double S = VmProfile.DEFAULT_DEVICE_STATE_BYTES;

	private final MigrationModel model = MigrationModel.live();

	private MigrationEstimate estimate(double memory, double dirty, double bandwidth, MigrationPolicy policy) {
		return model.estimate(VmProfile.of(memory, dirty), MigrationPath.lan(bandwidth), policy);
	}

	@Test
	void memoryWithoutDirtyingIsSentOnceWithPageHeadersAtLinkSpeed() {
		MigrationEstimate e = estimate(8 * GIB, 0, 10 * GBIT, MigrationPolicy.defaults());
		assertEquals(8 * GIB * H + S, e.bytesTransferred(), 1e-3, "non-zero memory + headers + device state");
		assertEquals(e.bytesTransferred() / (10 * GBIT), e.totalSeconds(), 1e-9);
		assertEquals(S / (10 * GBIT), e.downtimeSeconds(), 1e-12, "only the device state is sent while paused");
		assertEquals(1, e.rounds());
		assertTrue(e.converged());
		assertEquals(Outcome.COMPLETED, e.outcome());
	}

	@ParameterizedTest(name = "M={0} GiB, D={1} MiB/s, B={2} Gbit/s")
	@CsvSource({ "4, 100, 1", "16, 300, 10", "64, 800, 10", "2, 10, 1", "8, 90, 1" })
	void aConstantDirtyRateFollowsTheGeometricSeries(double memoryGib, double dirtyMib, double gbit) {
		double m = memoryGib * GIB;
		double d = dirtyMib * MIB;
		double b = gbit * GBIT;
		MigrationPolicy policy = MigrationPolicy.defaults();
		MigrationEstimate e = estimate(m, d, b, policy);

		double rho = d * H / b;
		int n = 1;
		while ((m * Math.pow(rho, n) * H + S) / b > policy.downtimeLimitSeconds()) {
			n++;
		}
		double wire = m * H * (1 - Math.pow(rho, n + 1)) / (1 - rho) + S;
		assertEquals(n, e.rounds(), "pre-copy rounds before the stop-and-copy");
		assertEquals(wire, e.bytesTransferred(), wire * 1e-9);
		assertEquals(wire / b, e.totalSeconds(), 1e-9 * wire / b);
		assertEquals((m * Math.pow(rho, n) * H + S) / b, e.downtimeSeconds(), 1e-9);
		assertTrue(e.converged());
	}

	/**
	 * Liu et al. (HPDC'11) give the number of rounds in closed form: stop once V_n = M·ρ^n fits the
	 * threshold, so n = ⌈log_ρ(V_thd / M)⌉ with V_thd the memory that can be sent within the downtime limit
	 * T — here (T·B − S)/h, since the device state S shares the pause and pages carry headers.
	 */
	@ParameterizedTest(name = "M={0} GiB, D={1} MiB/s, B={2} Gbit/s")
	@CsvSource({ "4, 100, 1", "16, 300, 10", "64, 800, 10", "8, 60, 1", "32, 900, 10" })
	void theRoundCountIsLiuEtAlsLogarithm(double memoryGib, double dirtyMib, double gbit) {
		double m = memoryGib * GIB;
		double b = gbit * GBIT;
		double rho = dirtyMib * MIB * H / b;
		double threshold = (0.300 * b - S) / H;
		int n = Math.max(1, (int) Math.ceil(Math.log(threshold / m) / Math.log(rho)));
		MigrationEstimate e = estimate(m, dirtyMib * MIB, b, MigrationPolicy.defaults());
		assertEquals(n, e.rounds());
		assertEquals(m * Math.pow(rho, n), e.trace().get(n).memoryBytes(), 1e-6 * m, "the stop-and-copy sends V_n");
	}

	@Test
	void aDirtyRateEqualToTheBandwidthNeverConvergesButStillEnds() {
		// ρ = 1: every round re-sends all memory (Liu et al.: the series diverges), until the round cap
		double b = 1 * GBIT;
		MigrationEstimate e = estimate(4 * GIB, b / H, b, MigrationPolicy.defaults());
		assertFalse(e.converged());
		assertEquals(Outcome.FORCED, e.outcome());
		assertEquals(30, e.rounds());
		assertEquals(31 * 4 * GIB * H + S, e.bytesTransferred(), 1e-6 * e.bytesTransferred());
		assertTrue(Double.isFinite(e.totalSeconds()) && Double.isFinite(e.downtimeSeconds()));
		assertEquals(e.bytesTransferred() / b, e.totalSeconds(), 1e-6 * e.totalSeconds());
	}

	@Test
	void memoryWithoutDirtyingEndsWithAStopAndCopyOfNoMemory() {
		MigrationEstimate e = estimate(8 * GIB, 0, 10 * GBIT, MigrationPolicy.defaults());
		assertEquals(2, e.trace().size(), "the full copy, then the pause");
		assertEquals(8 * GIB, e.trace().get(0).memoryBytes());
		assertEquals(0, e.trace().get(1).memoryBytes(), "nothing was dirtied, so no page is left to send");
		assertTrue(e.trace().get(1).stopAndCopy());
	}

	@Test
	void eachRoundResendsWhatThePreviousRoundLetTheGuestDirty() {
		MigrationEstimate e = estimate(4 * GIB, 200 * MIB, 1 * GBIT, MigrationPolicy.defaults());
		for (int i = 1; i < e.trace().size(); i++) {
			Round previous = e.trace().get(i - 1);
			assertEquals(previous.dirtiedBytes(), e.trace().get(i).memoryBytes(), 1e-6);
		}
		assertTrue(e.trace().get(e.trace().size() - 1).stopAndCopy(), "the last round is the stop-and-copy");
	}

	@Test
	void aGuestThatRewritesOnlyItsWorkingSetConvergesOnceTheWorkingSetFitsTheLimit() {
		// 2 GB/s of writes outrun a 10 Gbit/s link, but only 256 MiB are ever rewritten: round 1 re-sends
		// them, and (256 MiB·h + S)/B = 0.216 s fits 300 ms.
		double w = 256 * MIB;
		VmProfile vm = VmProfile.of(8 * GIB, 2e9).withWritableWorkingSet(w);
		MigrationEstimate e = model.estimate(vm, MigrationPath.lan(10 * GBIT), MigrationPolicy.defaults());
		assertTrue(e.converged());
		assertEquals(1, e.rounds());
		assertEquals(8 * GIB * H + w * H + S, e.bytesTransferred(), 1e-3);
	}

	@Test
	void aWriteBurstThatEndsDuringTheFirstCopyDirtiesAtBothRates() {
		// 8 GiB over 10 Gbit/s: round 0 lasts T0 = 8 GiB·h / 1.25e9 = 6.885 s; 400 MB/s for 2 s, then 20 MB/s
		DirtyProfile burst = new DirtyProfile(List.of(new DirtyProfile.Phase(400e6, 2), new DirtyProfile.Phase(20e6, 0)));
		VmProfile vm = VmProfile.of(8 * GIB, 0).withDirtyProfile(burst);
		MigrationEstimate e = model.estimate(vm, MigrationPath.lan(10 * GBIT), MigrationPolicy.defaults());
		double t0 = 8 * GIB * H / (10 * GBIT);
		assertEquals(400e6 * 2 + 20e6 * (t0 - 2), e.trace().get(0).dirtiedBytes(), 1e-3);
		assertEquals(400e6, vm.dirtyBytesPerSecond(), "the nominal rate is the profile's first");
	}

	@Test
	void zeroPagesCostOnlyAHeader() {
		VmProfile vm = VmProfile.of(8 * GIB, 0).withZeroPageShare(0.75);
		MigrationEstimate e = model.estimate(vm, MigrationPath.lan(10 * GBIT), MigrationPolicy.defaults());
		double zeroPages = 0.75 * 8 * GIB / 4096;
		assertEquals(0.25 * 8 * GIB * H + zeroPages * 9 + S, e.bytesTransferred(), 1e-3);
		MigrationEstimate without = model.estimate(vm, MigrationPath.lan(10 * GBIT),
				MigrationPolicy.builder().zeroPageDetection(false).build());
		assertEquals(8 * GIB * H + S, without.bytesTransferred(), 1e-3, "without detection zero pages go in full");
	}

	@Test
	void aDirtyRateAboveTheBandwidthNeverConvergesAndIsForcedAtTheRoundCap() {
		MigrationPolicy policy = MigrationPolicy.builder().maxRounds(30).build();
		MigrationEstimate e = estimate(4 * GIB, 200e6, 1 * GBIT, policy);
		assertFalse(e.converged());
		assertEquals(Outcome.FORCED, e.outcome());
		assertEquals(30, e.rounds());
		// every round after the first re-sends all memory (the dirtied set is capped at memory size)
		assertEquals(31 * 4 * GIB * H + S, e.bytesTransferred(), 1);
		assertEquals((4 * GIB * H + S) / GBIT, e.downtimeSeconds(), 1e-9, "forced stop-and-copy of everything");
		assertTrue(Double.isFinite(e.totalSeconds()));
	}

	@Test
	void aDataCapStopsPreCopyOnceThatMuchMemoryWasSent() {
		MigrationPolicy policy = MigrationPolicy.builder().maxDataFactor(3).build();
		MigrationEstimate e = estimate(4 * GIB, 200e6, 1 * GBIT, policy);
		assertEquals(3, e.rounds(), "3 × memory sent after three full rounds");
		assertEquals(Outcome.FORCED, e.outcome());
	}

	@Test
	void anAbsurdRoundCapStillEnds() {
		MigrationPolicy policy = MigrationPolicy.builder().maxRounds(Integer.MAX_VALUE).build();
		MigrationEstimate e = estimate(1 * GIB, 1e9, 1 * GBIT, policy);
		assertFalse(e.converged());
		assertEquals(10_000, e.rounds(), "the engine's own bound");
	}

	@Test
	void aBandwidthCapSlowsTheMigrationToTheCap() {
		MigrationEstimate capped = estimate(8 * GIB, 0, 10 * GBIT,
				MigrationPolicy.builder().bandwidthCapBytesPerSecond(1 * GBIT).build());
		// the memory goes at the cap; the device state in the pause at the link's 10 Gbit/s, because QEMU lifts
		// the rate limit for the final copy (issue 14: the lab measured it; docs/models.md). Until then this
		// test expected (8 GiB·h + S) / 1 Gbit/s.
		assertEquals(8 * GIB * H / GBIT + S / (10 * GBIT), capped.totalSeconds(), 1e-9);
	}

	@Test
	void underACapThePauseGoesAtTheLinksSpeedPlusTheSwitchoverCost() {
		// a guest dirtying 50 MB/s under a 1 Gbit/s cap on a 10 Gbit/s link: QEMU decides to stop when what is
		// pending fits 300 ms at the capped bandwidth it measured, then sends it at the link's speed
		VmProfile vm = VmProfile.of(8 * GIB, 50e6);
		MigrationPolicy policy = MigrationPolicy.builder().bandwidthCapBytesPerSecond(1 * GBIT).build();
		MigrationEstimate e = MigrationModel.live(new Calibration(1, 0, 0.002)).estimate(vm, MigrationPath.lan(10 * GBIT),
				policy);
		Round last = e.trace().get(e.trace().size() - 1);
		assertTrue(last.stopAndCopy());
		assertTrue(e.converged());
		assertEquals((last.memoryBytes() * H + S) / (10 * GBIT) + 0.002, e.downtimeSeconds(), 1e-12);
		// what is left fits the limit at the cap, so at ten times the speed the pause is about a tenth of it
		assertTrue((last.memoryBytes() * H + S) / GBIT <= 0.3);
		assertTrue(e.downtimeSeconds() < 0.032, "downtime " + e.downtimeSeconds());
	}

	@Test
	void aConvergedMigrationNeverExceedsTheDowntimeLimit() {
		for (double dirty = 0; dirty < 130e6; dirty += 2.5e6) {
			MigrationEstimate e = estimate(8 * GIB, dirty, 1 * GBIT, MigrationPolicy.defaults());
			if (e.converged()) {
				assertTrue(e.downtimeSeconds() <= 0.3, "downtime " + e.downtimeSeconds() + " at " + dirty + " B/s");
			} else {
				assertEquals(Outcome.FORCED, e.outcome());
			}
		}
	}

	@Test
	void moreBandwidthNeverLengthensAnUncappedPreCopy() {
		double previous = Double.POSITIVE_INFINITY;
		for (double gbit = 1; gbit <= 40; gbit += 0.25) {
			double t = estimate(16 * GIB, 300 * MIB, gbit * GBIT, MigrationPolicy.defaults()).totalSeconds();
			assertTrue(t <= previous, "at " + gbit + " Gbit/s: " + t + " s > " + previous + " s");
			previous = t;
		}
	}

	@Test
	void aHigherDirtyRateNeverReducesTheDataSent() {
		double previous = 0;
		for (double dirty = 0; dirty <= 2e9; dirty += 10e6) {
			double bytes = estimate(8 * GIB, dirty, 10 * GBIT, MigrationPolicy.defaults()).bytesTransferred();
			assertTrue(bytes >= previous, "at " + dirty + " B/s: " + bytes + " < " + previous);
			previous = bytes;
		}
	}

	@Test
	void aLinkWithoutBandwidthIsAClearError() {
		var error = assertThrows(IllegalArgumentException.class,
				() -> model.estimate(VmProfile.of(GIB, 0), new MigrationPath(0, 0, 0, true, true, false),
						MigrationPolicy.defaults()));
		assertEquals("path bandwidth must be a finite number > 0, not 0.0", error.getMessage());
	}

	@Test
	void aWorkingSetLargerThanMemoryMeansAllOfMemory() {
		VmProfile vm = VmProfile.of(4 * GIB, 100 * MIB).withWritableWorkingSet(64 * GIB);
		assertEquals(4 * GIB, vm.writableWorkingSetBytes());
	}
}
