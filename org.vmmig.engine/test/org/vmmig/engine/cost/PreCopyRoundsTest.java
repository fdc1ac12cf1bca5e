package org.vmmig.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * The pre-copy loop ({@link PreCopyRounds}, package-private) round by round, against the closed form its comment
 * names: with a guest that may dirty any of its memory at a steady rate D over a path of B bytes/s, each round
 * after the first re-sends what the guest dirtied during the one before, so the rounds form the geometric series
 * of Clark et al. (NSDI 2005) and Liu et al. (HPDC 2011), V_i = V_0 · ρ^i with ρ = D · h / B (h = 4104/4096, a
 * page with its 8-byte header). The first round sends memory down to what is carried to the next sync, c = T − w/2
 * (T the threshold: the memory the downtime limit's bandwidth takes, less the device state; w a 100 ms rate-limit
 * window); the loop stops at the first sync where what is pending, c + V_i, fits T, i.e. V_i ≤ w/2.
 */
class PreCopyRoundsTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double MIB = 1024.0 * 1024;
	private static final double H = (WireModel.PAGE + WireModel.HEADER) / WireModel.PAGE;

	@Test
	void eachRoundResendsWhatTheGuestDirtiedDuringTheOneBefore() {
		double memory = 4 * GIB, dirty = 200 * MIB, bandwidth = 1.25e9; // 10 Gbit/s
		MigrationPolicy policy = MigrationPolicy.defaults(); // 300 ms, no compression, XBZRLE or auto-converge
		PreCopyRounds.Result result = run(VmProfile.of(memory, dirty), policy, bandwidth);

		double threshold = (0.300 * bandwidth - VmProfile.DEFAULT_DEVICE_STATE_BYTES) / H;
		double window = PreCopyRounds.RATE_LIMIT_WINDOW_SECONDS * bandwidth / H;
		double carried = threshold - window / 2;
		double rho = dirty * H / bandwidth;
		int rounds = (int) Math.ceil(Math.log(window / 2 / (memory - carried)) / Math.log(rho));

		assertEquals(PreCopyRounds.Stop.CONVERGED, result.stop());
		assertEquals(3, rounds); // ρ ≈ 0.168: 4 GiB, 0.67 GB, 0.11 GB, then what is pending fits
		assertEquals(rounds, result.rounds().size());
		double seconds = 0;
		for (int i = 0; i < rounds; i++) {
			Round round = result.rounds().get(i);
			double sent = (memory - carried) * Math.pow(rho, i);
			assertEquals(i, round.index());
			assertEquals(sent, round.memoryBytes(), sent * 1e-12, "round " + i);
			assertEquals(sent * H, round.wireBytes(), sent * 1e-12, "round " + i);
			assertEquals(sent * H / bandwidth, round.seconds(), 1e-12, "round " + i);
			assertEquals(dirty * sent * H / bandwidth, round.dirtiedBytes(), sent * 1e-12, "round " + i);
			seconds += sent * H / bandwidth;
		}
		assertEquals(seconds, result.seconds(), 1e-12);
		// the stop-and-copy is left the carried rest and what the last round dirtied, which fits the threshold
		double remaining = carried + (memory - carried) * Math.pow(rho, rounds);
		assertEquals(remaining, result.remainingMemory(), remaining * 1e-12);
		assertTrue(result.remainingMemory() <= threshold);
	}

	@Test
	void aGuestDirtyingFasterThanThePathStopsAtTheRoundCapOrTheHardLimit() {
		VmProfile vm = VmProfile.of(4 * GIB, 2e9); // 2 GB/s of writes on a 1.25 GB/s path: ρ > 1, never converges
		assertEquals(PreCopyRounds.Stop.ROUND_CAP, run(vm, MigrationPolicy.defaults(), 1.25e9).stop());
		assertEquals(30, run(vm, MigrationPolicy.defaults(), 1.25e9).rounds().size());
		// a user may ask for 10^9 rounds; no more than HARD_ROUND_LIMIT are simulated
		MigrationPolicy endless = MigrationPolicy.builder().maxRounds(1_000_000_000).build();
		assertEquals(PreCopyRounds.HARD_ROUND_LIMIT, run(vm, endless, 1.25e9).rounds().size());
	}

	private static PreCopyRounds.Result run(VmProfile vm, MigrationPolicy policy, double bandwidth) {
		WireModel transfer = new WireModel(vm, MigrationPath.lan(bandwidth), policy, Calibration.NONE, 0);
		return PreCopyRounds.run(vm, policy, transfer, 0, 0);
	}
}
