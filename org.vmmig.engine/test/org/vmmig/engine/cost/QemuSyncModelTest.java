package org.vmmig.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.engine.cost.PreCopyTest.MIB;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * The engine's per-sync model of QEMU's pre-copy loop (PreCopyRounds: mid-pass dirty-bitmap syncs, the
 * unsent rest of a pass carried into the next round, the stop once what is pending after a sync fits)
 * against an independent page-by-page imitation of that loop ({@link QemuLoopReference}), on the lab's own
 * guests (docs/accuracy.md): what QEMU sends in all, how long it iterates, how much its final copy holds,
 * how many syncs it makes (its dirty-sync-count) and whether it converges.
 */
class QemuSyncModelTest {

	/** A link so fast that the pause adds nothing measurable: the comparison is of the iterations. */
	private static final MigrationPath FAST_LINK = MigrationPath.lan(1e15);

	@ParameterizedTest(name = "{0}/{1} MiB at {2} MiB/s, cap {3} MiB/s, {4} ms, ≤ {5} rounds")
	@CsvSource({
			"128, 4, 0, 64, 300, 30", // idle
			"128, 16, 8, 64, 300, 30", // light
			"256, 32, 4, 32, 300, 30", // light, larger, lower cap
			"128, 32, 24, 64, 300, 30", // a third of the bandwidth
			"128, 32, 24, 64, 50, 30", // the same at 50 ms
			"256, 32, 12, 32, 50, 30",
			"128, 48, 48, 64, 300, 30", // three quarters of the bandwidth
			"128, 32, 24, 32, 50, 12", // three quarters, lower cap, 50 ms: does not converge
			"128, 32, 48, 32, 300, 6", // faster than the cap
			"128, 48, 96, 64, 300, 6",
			"1024, 256, 200, 256, 300, 30",
			"2048, 2048, 10, 119.2, 300, 30", // all of memory written slowly
			"8192, 256, 1907.35, 1192.09, 300, 30" }) // a working set below the threshold, rewritten fast
	void theModelFollowsQemusLoopPageByPage(int memoryMiB, int workingSetMiB, double rateMiBps, double capMiBps,
			int limitMs, int maxRounds) {
		double memory = memoryMiB * MIB;
		double workingSet = workingSetMiB * MIB;
		double cap = capMiBps * MIB;
		QemuLoopReference.Result qemu = QemuLoopReference.run(memory, workingSet,
				(int) ((memory - workingSet) / 2 / QemuLoopReference.PAGE), rateMiBps * MIB, cap, limitMs / 1000.0,
				maxRounds);
		VmProfile vm = VmProfile.of(memory, rateMiBps * MIB).withWritableWorkingSet(workingSet).withDeviceState(0);
		MigrationPolicy policy = MigrationPolicy.builder().bandwidthCapBytesPerSecond(cap)
				.downtimeLimitSeconds(limitMs / 1000.0).maxRounds(maxRounds).build();
		MigrationEstimate e = MigrationModel.live().estimate(vm, FAST_LINK, policy);
		Round last = e.trace().get(e.trace().size() - 1);
		String what = String.format("qemu: %d syncs, %.2f s, %.1f MiB, final %.1f MiB, %s; vmmig: %d rounds, %.2f s,"
				+ " %.1f MiB, final %.1f MiB, %s", qemu.syncs(), qemu.seconds(), qemu.wireBytes() / MIB,
				qemu.finalCopyBytes() / MIB, qemu.converged(), e.rounds(), e.totalSeconds(), e.bytesTransferred() / MIB,
				last.wireBytes() / MIB, e.converged());
		assertEquals(qemu.converged(), e.converged(), what);
		assertEquals(qemu.wireBytes(), e.bytesTransferred(), 0.10 * qemu.wireBytes(), "data: " + what);
		assertEquals(qemu.seconds(), e.totalSeconds(), 0.10 * qemu.seconds(), "time: " + what);
		assertTrue(Math.abs(last.wireBytes() - qemu.finalCopyBytes()) <= Math.max(0.35 * qemu.finalCopyBytes(), 2 * MIB),
				"final copy: " + what);
		// QEMU's first sync is at the start; each round of the engine ends with one
		assertEquals(qemu.syncs() - 1, e.rounds(), Math.max(2, 0.3 * (qemu.syncs() - 1)), "syncs: " + what);
	}
}
