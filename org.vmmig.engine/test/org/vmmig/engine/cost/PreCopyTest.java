package org.vmmig.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.List;

import org.vmmig.engine.model.DirtyProfile;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * Pre-copy against closed forms. Each page of 4096 bytes travels with an 8-byte header (QEMU
 * migration/ram.c), so memory m takes m·h on the wire with h = 4104/4096. QEMU syncs its dirty bitmap when
 * what is pending falls below the threshold T = (B·limit − S)/h (the memory that fits the downtime limit at
 * bandwidth B beside the device state S), checking once per rate-limit window of w = 0.1 s·B/h, so each
 * round leaves c = T − w/2 of its pages for the next (docs/models.md); the guest pauses once what is pending
 * after a sync fits T. With a threshold small against memory this is Clark et al.'s (NSDI'05) and Liu et
 * al.'s (HPDC'11, eqs. 1-3) geometric series: round i sends M·ρ^i with ρ = D·h/B.
 */
public class PreCopyTest {

	static final double GIB = 1024.0 * 1024 * 1024;
	static final double MIB = 1024.0 * 1024;
	static final double GBIT = 1e9 / 8;
	/** A page's share with its 8-byte header, and the device state: public for the planner's tests too. */
	public static final double H = 4104.0 / 4096;
	public static final double S = VmProfile.DEFAULT_DEVICE_STATE_BYTES;

	private final MigrationModel model = MigrationModel.live();

	/** QEMU's threshold in memory bytes: what fits the limit at bandwidth b beside the device state. */
	static double threshold(double limit, double b) {
		return (limit * b - S) / H;
	}

	/** What a round leaves pending for the next: the threshold less half a rate-limit window (0.1 s). */
	static double carried(double limit, double b) {
		return threshold(limit, b) - 0.1 * b / H / 2;
	}

	private MigrationEstimate estimate(double memory, double dirty, double bandwidth, MigrationPolicy policy) {
		return model.estimate(VmProfile.of(memory, dirty), MigrationPath.lan(bandwidth), policy);
	}

	@Test
	void memoryWithoutDirtyingIsSentOnceWithPageHeadersAtLinkSpeed() {
		MigrationEstimate e = estimate(8 * GIB, 0, 10 * GBIT, MigrationPolicy.defaults());
		assertEquals(8 * GIB * H + S, e.bytesTransferred(), 1e-3, "non-zero memory + headers + device state");
		assertEquals(e.bytesTransferred() / (10 * GBIT), e.totalSeconds(), 1e-9);
		// QEMU stops at the sync that finds the rest of the first pass below the threshold, and sends that rest
		// while the guest is paused
		assertEquals((carried(0.3, 10 * GBIT) * H + S) / (10 * GBIT), e.downtimeSeconds(), 1e-9);
		assertEquals(1, e.rounds());
		assertTrue(e.converged());
		assertEquals(Outcome.COMPLETED, e.outcome());
	}

	/**
	 * QEMU's loop and the series differ by the pages carried from round to round (less than T each): with a
	 * threshold small against memory, the data and time stay within a few per cent of the series, the rounds
	 * are at least as many as its passes.
	 */
	@ParameterizedTest(name = "M={0} GiB, D={1} MiB/s, B={2} Gbit/s")
	@CsvSource({ "4, 60, 1", "16, 300, 10", "64, 800, 10", "2, 10, 1", "8, 90, 1" })
	void aConstantDirtyRateStaysNearTheGeometricSeries(double memoryGib, double dirtyMib, double gbit) {
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
		assertTrue(e.rounds() >= n, e.rounds() + " rounds, the series has " + n);
		assertEquals(wire, e.bytesTransferred(), wire * 0.05);
		assertEquals(wire / b, e.totalSeconds(), 0.05 * wire / b);
		assertTrue(e.downtimeSeconds() <= policy.downtimeLimitSeconds(), "downtime " + e.downtimeSeconds());
		assertTrue(e.converged());
	}

	/**
	 * Liu et al. (HPDC'11) stop once V_n = M·ρ^n fits the threshold, so their last copy is anywhere below it,
	 * often far below. QEMU's final copy is most of the threshold (the lab measured 15–19 MiB of
	 * downtime-bytes for a 19.2 MiB threshold, docs/accuracy.md): it stops at a sync that found the pending
	 * pages, the carried c = T − w/2 and what the guest wrote since, still below T.
	 */
	@ParameterizedTest(name = "M={0} GiB, D={1} MiB/s, B={2} Gbit/s")
	@CsvSource({ "4, 60, 1", "16, 300, 10", "64, 800, 10", "8, 60, 1", "32, 900, 10" })
	void theFinalCopyIsMostOfTheThreshold(double memoryGib, double dirtyMib, double gbit) {
		double b = gbit * GBIT;
		MigrationEstimate e = estimate(memoryGib * GIB, dirtyMib * MIB, b, MigrationPolicy.defaults());
		double last = e.trace().get(e.rounds()).memoryBytes();
		assertTrue(e.converged());
		assertTrue(last >= carried(0.3, b) - 1e-3 && last <= threshold(0.3, b) + 1e-3,
				last + " outside [" + carried(0.3, b) + ", " + threshold(0.3, b) + "]");
	}

	@Test
	void aDirtyRateEqualToTheBandwidthNeverConvergesButStillEnds() {
		// ρ = 1: all memory is pending after every sync (Liu et al.: the series diverges); each round sends it
		// but the carried c, until the round cap; the forced stop-and-copy sends all of it
		double b = 1 * GBIT;
		MigrationEstimate e = estimate(4 * GIB, b / H, b, MigrationPolicy.defaults());
		assertFalse(e.converged());
		assertEquals(Outcome.FORCED, e.outcome());
		assertEquals(30, e.rounds());
		double c = carried(0.3, b);
		assertEquals(30 * (4 * GIB - c) * H + 4 * GIB * H + S, e.bytesTransferred(), 1e-6 * e.bytesTransferred());
		assertTrue(Double.isFinite(e.totalSeconds()) && Double.isFinite(e.downtimeSeconds()));
		assertEquals(e.bytesTransferred() / b, e.totalSeconds(), 1e-6 * e.totalSeconds());
	}

	@Test
	void memoryWithoutDirtyingEndsWithAStopAndCopyOfTheRestOfItsFirstPass() {
		MigrationEstimate e = estimate(8 * GIB, 0, 10 * GBIT, MigrationPolicy.defaults());
		assertEquals(2, e.trace().size(), "the first pass up to the sync, then the pause");
		double c = carried(0.3, 10 * GBIT);
		assertEquals(8 * GIB - c, e.trace().get(0).memoryBytes(), 1e-3);
		assertEquals(c, e.trace().get(1).memoryBytes(), 1e-3, "nothing was dirtied: the pause sends the pass's rest");
		assertTrue(e.trace().get(1).stopAndCopy());
	}

	@Test
	void eachRoundResendsWhatThePreviousRoundLetTheGuestDirty() {
		// what is pending after a sync is the carried c and what the guest dirtied; a round sends all but c
		MigrationEstimate e = estimate(4 * GIB, 200 * MIB, 1 * GBIT, MigrationPolicy.defaults());
		double c = carried(0.3, 1 * GBIT);
		int last = e.trace().size() - 1;
		for (int i = 1; i < last; i++) {
			assertEquals(e.trace().get(i - 1).dirtiedBytes(), e.trace().get(i).memoryBytes(), 1e-6);
		}
		assertTrue(e.trace().get(last).stopAndCopy(), "the last round is the stop-and-copy");
		assertEquals(c + e.trace().get(last - 1).dirtiedBytes(), e.trace().get(last).memoryBytes(), 1e-6);
	}

	@Test
	void aGuestThatRewritesOnlyItsWorkingSetConvergesOnceTheWorkingSetFitsTheLimit() {
		// 2 GB/s of writes outrun a 10 Gbit/s link, but only 256 MiB are ever rewritten, and (256 MiB·h + S)/B =
		// 0.216 s fits 300 ms: once the whole working set is pending, a sync adds nothing and the rest fits.
		// QEMU re-sends the working set about once besides memory (QemuLoopReference, page by page: 8464 MiB in
		// all); the engine, which takes new writes to fall on pages already sent, re-sends it about twice
		double w = 256 * MIB;
		VmProfile vm = VmProfile.of(8 * GIB, 2e9).withWritableWorkingSet(w);
		MigrationEstimate e = model.estimate(vm, MigrationPath.lan(10 * GBIT), MigrationPolicy.defaults());
		assertTrue(e.converged());
		assertEquals(8 * GIB * H + w * H + S, e.bytesTransferred(), 0.03 * e.bytesTransferred());
	}

	@Test
	void aWriteBurstThatEndsDuringTheFirstCopyDirtiesAtBothRates() {
		// 8 GiB over 10 Gbit/s: round 0 lasts T0 = 8 GiB·h / 1.25e9 = 6.885 s; 400 MB/s for 2 s, then 20 MB/s
		DirtyProfile burst = new DirtyProfile(List.of(new DirtyProfile.Phase(400e6, 2), new DirtyProfile.Phase(20e6, 0)));
		VmProfile vm = VmProfile.of(8 * GIB, 0).withDirtyProfile(burst);
		MigrationEstimate e = model.estimate(vm, MigrationPath.lan(10 * GBIT), MigrationPolicy.defaults());
		double t0 = (8 * GIB - carried(0.3, 10 * GBIT)) * H / (10 * GBIT);
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
		// all memory is pending after every sync (the dirtied set is capped at memory size): each round sends
		// all of it but the carried c
		assertEquals(30 * (4 * GIB - carried(0.3, GBIT)) * H + 4 * GIB * H + S, e.bytesTransferred(), 1);
		assertEquals((4 * GIB * H + S) / GBIT, e.downtimeSeconds(), 1e-9, "forced stop-and-copy of everything");
		assertTrue(Double.isFinite(e.totalSeconds()));
	}

	@Test
	void aDataCapStopsPreCopyOnceThatMuchMemoryWasSent() {
		MigrationPolicy policy = MigrationPolicy.builder().maxDataFactor(3).build();
		MigrationEstimate e = estimate(4 * GIB, 200e6, 1 * GBIT, policy);
		// each round sends memory but the carried c: 3 × memory is reached in the fourth
		assertEquals(4, e.rounds(), "3 × memory sent after four rounds of M − c");
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
		// the memory goes at the cap, but for the rest of the first pass and the device state that the pause sends
		// at the link's 10 Gbit/s, because QEMU lifts the rate limit for the final copy (issue 14: the lab
		// measured it; docs/models.md). Until then this test expected (8 GiB·h + S) / 1 Gbit/s.
		double c = carried(0.3, GBIT);
		assertEquals((8 * GIB - c) * H / GBIT + (c * H + S) / (10 * GBIT), capped.totalSeconds(), 1e-9);
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
