package org.vmmig.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.engine.cost.PreCopyTest.GBIT;
import static org.vmmig.engine.cost.PreCopyTest.GIB;
import static org.vmmig.engine.cost.PreCopyTest.H;
import static org.vmmig.engine.cost.PreCopyTest.MIB;
import static org.vmmig.engine.cost.PreCopyTest.S;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.Compression;
import org.vmmig.engine.model.DirtyPace;
import org.vmmig.engine.model.DowntimeSteps;
import org.vmmig.engine.model.Encryption;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;
import org.vmmig.engine.model.TimeoutAction;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.model.Xbzrle;
import org.vmmig.engine.report.Explanations;

/** The hypervisor knobs of a policy, each checked against the effect its documentation describes. */
class MigrationKnobsTest {

	private final MigrationModel model = MigrationModel.live();

	/** A busy guest: 150 MB/s of writes against a 1 Gbit/s link (125 MB/s) never converges on its own. */
	private static final VmProfile BUSY = VmProfile.of(4 * GIB, 150e6);
	private static final MigrationPath LAN_1G = MigrationPath.lan(1 * GBIT);

	@Test
	void autoConvergeThrottlesTheGuestInQemuStepsUntilPreCopyConverges() {
		assertFalse(model.estimate(BUSY, LAN_1G, MigrationPolicy.defaults()).converged());
		MigrationEstimate e = model.estimate(BUSY, LAN_1G,
				MigrationPolicy.builder().autoConverge(AutoConverge.QEMU_DEFAULTS).build());
		assertTrue(e.converged());
		List<Double> throttles = e.trace().stream().map(Round::throttle).distinct().toList();
		assertEquals(0.0, throttles.get(0));
		assertEquals(0.2, throttles.get(1), 1e-12, "cpu-throttle-initial");
		for (int i = 2; i < throttles.size(); i++) {
			assertEquals(0.1, throttles.get(i) - throttles.get(i - 1), 1e-12, "cpu-throttle-increment");
		}
		double lost = e.trace().stream().filter(r -> !r.stopAndCopy()).mapToDouble(r -> r.throttle() * r.seconds()).sum();
		assertEquals(lost, e.degradationSeconds(), 1e-9, "degradation is the CPU time taken from the guest");
	}

	@Test
	void autoConvergeSlowsOnlyADirtyingThatNeedsCpuTime() {
		// QEMU's throttle takes CPU time from the vCPUs: a guest writing at a wall-clock pace (a stream from the
		// network; the lab's Pace.WALL writer) keeps its rate, so BUSY still outruns the link and is forced
		MigrationPolicy auto = MigrationPolicy.builder().autoConverge(AutoConverge.QEMU_DEFAULTS).build();
		MigrationEstimate cpu = model.estimate(BUSY.withDirtyPace(DirtyPace.CPU_TIME), LAN_1G, auto);
		MigrationEstimate wall = model.estimate(BUSY.withDirtyPace(DirtyPace.WALL_CLOCK), LAN_1G, auto);
		assertTrue(cpu.converged());
		assertFalse(wall.converged());
		assertEquals(Outcome.FORCED, wall.outcome());
		assertTrue(wall.degradationSeconds() > 0, "the wall-clock guest is throttled all the same: it loses CPU time");
		assertEquals(DirtyPace.CPU_TIME, BUSY.dirtyPace(), "CPU time unless a VM says otherwise");
	}

	@Test
	void aDowntimeLimitThatStepsUpLetsAStuckMigrationFinish() {
		// the remainder stays at 4 GiB: (4 GiB·h + S) / 125 MB/s ≈ 34.4 s; a limit stepping to 40 s admits it
		MigrationPolicy steps = MigrationPolicy.builder()
				.downtimeSteps(new DowntimeSteps(true, 40, 10, 30)).maxRounds(1000).build();
		MigrationEstimate e = model.estimate(BUSY, LAN_1G, steps);
		assertTrue(e.converged());
		assertTrue(e.downtimeSeconds() > 0.3 && e.downtimeSeconds() <= 40, "downtime " + e.downtimeSeconds());
		// a step every 30 s per GiB × 4 GiB = 120 s; the limit reaches 34.4 s at the 9th step (0.3 + 9·3.97)
		assertTrue(e.totalSeconds() >= 9 * 120, "total " + e.totalSeconds());
	}

	@Test
	void aCompletionTimeoutAbortsAndTheVmStaysAtTheSource() {
		MigrationPolicy policy = MigrationPolicy.builder().maxRounds(1000)
				.completionTimeout(100, TimeoutAction.ABORT).build();
		MigrationEstimate e = model.estimate(BUSY, LAN_1G, policy);
		assertEquals(Outcome.ABORTED, e.outcome());
		assertEquals(0, e.downtimeSeconds());
		assertTrue(e.totalSeconds() >= 400, "100 s per GiB of a 4 GiB VM");
	}

	@Test
	void aCompletionTimeoutCanForceTheStopAndCopy() {
		MigrationPolicy policy = MigrationPolicy.builder().maxRounds(1000)
				.completionTimeout(100, TimeoutAction.FORCE_STOP_AND_COPY).build();
		MigrationEstimate e = model.estimate(BUSY, LAN_1G, policy);
		assertEquals(Outcome.FORCED, e.outcome());
		assertEquals((4 * GIB * H + S) / GBIT, e.downtimeSeconds(), 1e-9);
	}

	@Test
	void aCompletionTimeoutCanSwitchToPostCopy() {
		MigrationPath wan = new MigrationPath(1 * GBIT, 0.002, 0, true, true, false);
		MigrationPolicy policy = MigrationPolicy.builder().maxRounds(1000)
				.completionTimeout(100, TimeoutAction.POST_COPY).build();
		MigrationEstimate e = model.estimate(BUSY, wan, policy);
		assertEquals(Outcome.SWITCHED_TO_POST_COPY, e.outcome());
		assertEquals(S / GBIT + 0.002, e.downtimeSeconds(), 1e-9, "only device state and a round trip");
	}

	@Test
	void postCopyDowntimeDoesNotDependOnMemorySize() {
		MigrationPath path = new MigrationPath(10 * GBIT, 0.0005, 0, true, true, false);
		MigrationPolicy post = MigrationPolicy.builder().technique(Technique.POST_COPY).build();
		MigrationEstimate small = model.estimate(VmProfile.of(2 * GIB, 500 * MIB), path, post);
		MigrationEstimate large = model.estimate(VmProfile.of(256 * GIB, 500 * MIB), path, post);
		assertEquals(S / (10 * GBIT) + 0.0005, small.downtimeSeconds(), 1e-12);
		assertEquals(small.downtimeSeconds(), large.downtimeSeconds(), 1e-12);
	}

	@Test
	void postCopyPushesMemoryOnceAndTheWorkingSetFaultsCostRoundTrips() {
		double rtt = 0.0005;
		double w = 1 * GIB;
		MigrationPath path = new MigrationPath(10 * GBIT, rtt, 0, true, true, false);
		VmProfile vm = VmProfile.of(16 * GIB, 500 * MIB).withWritableWorkingSet(w);
		// post-copy from the start (hybrid with no pre-copy round, docs/decisions/0004-post-copy.md)
		MigrationEstimate e = model.estimate(vm, path,
				MigrationPolicy.builder().technique(Technique.HYBRID).hybridPreCopyRounds(0).build());
		double push = 16 * GIB * H / (10 * GBIT);
		assertEquals(16 * GIB * H + S, e.bytesTransferred(), 1e-3, "each page crosses once");
		assertEquals(e.downtimeSeconds() + push, e.totalSeconds(), 1e-9);
		double faults = w / 4096 / 2; // half the working set is touched before the push reaches it
		assertEquals(faults * (rtt + 4096 / (10 * GBIT)), e.degradationSeconds(), 1e-9);
		assertEquals(push, e.riskWindowSeconds(), 1e-9, "a host failure during the push loses the VM");
	}

	@Test
	void hybridRunsItsPreCopyRoundsThenPostCopiesTheRest() {
		MigrationPath path = new MigrationPath(1 * GBIT, 0.001, 0, true, true, false);
		MigrationPolicy hybrid = MigrationPolicy.builder().technique(Technique.HYBRID).hybridPreCopyRounds(2).build();
		MigrationEstimate e = model.estimate(BUSY, path, hybrid);
		assertEquals(2, e.rounds());
		assertEquals(Outcome.COMPLETED, e.outcome());
		assertEquals(S / GBIT + 0.001, e.downtimeSeconds(), 1e-9);
		// two rounds of all memory but the carried c (the dirtied set is all of memory), then all of it pushed once
		double c = PreCopyTest.carried(0.3, GBIT);
		assertEquals(2 * (4 * GIB - c) * H + 4 * GIB * H + S, e.bytesTransferred(), 1);
	}

	@Test
	void postCopyRunsTheFirstPassFirstAsQemuUsersDo() {
		// `technique post-copy` is QEMU's migrate-start-postcopy after the first pass (libvirt's
		// --postcopy-after-precopy): the same as hybrid with one pre-copy round; hybrid-rounds 0 starts at once
		MigrationPath path = new MigrationPath(1 * GBIT, 0.001, 0, true, true, false);
		VmProfile vm = VmProfile.of(4 * GIB, 40e6).withWritableWorkingSet(512 * MIB);
		MigrationEstimate post = model.estimate(vm, path, MigrationPolicy.builder().technique(Technique.POST_COPY).build());
		MigrationEstimate hybrid1 = model.estimate(vm, path,
				MigrationPolicy.builder().technique(Technique.HYBRID).hybridPreCopyRounds(1).build());
		MigrationEstimate fromStart = model.estimate(vm, path,
				MigrationPolicy.builder().technique(Technique.HYBRID).hybridPreCopyRounds(0).build());
		assertEquals(1, post.rounds());
		assertEquals(Outcome.COMPLETED, post.outcome());
		assertEquals(hybrid1.totalSeconds(), post.totalSeconds(), 1e-12);
		assertEquals(hybrid1.bytesTransferred(), post.bytesTransferred(), 1e-6);
		// the first pass sends memory while the guest runs; what it dirtied meanwhile is pushed after the switch
		assertTrue(post.bytesTransferred() > fromStart.bytesTransferred());
		assertTrue(post.riskWindowSeconds() < fromStart.riskWindowSeconds(), "less is left to push after the switch");
		assertEquals(0, fromStart.rounds());
		assertEquals(4 * GIB * H + S, fromStart.bytesTransferred(), 1e-3, "from the start each page crosses once");
	}

	@Test
	void compressionIsLimitedByTheCpuAndParallelStreamsRaiseThatCeiling() {
		Compression zstd = new Compression(true, 2, 200e6);
		VmProfile idle = VmProfile.of(8 * GIB, 0);
		MigrationPath fast = MigrationPath.lan(10 * GBIT);
		MigrationEstimate one = model.estimate(idle, fast, MigrationPolicy.builder().compression(zstd).build());
		double first = one.trace().get(0).memoryBytes(); // the first pass up to its sync (PreCopyTest)
		assertEquals(first / 200e6, one.trace().get(0).seconds(), 1e-9, "one core compresses 200 MB/s");
		assertEquals(first * H / 2, one.trace().get(0).wireBytes(), 1e-3, "half the bytes on the wire");
		MigrationEstimate eight = model.estimate(idle, fast,
				MigrationPolicy.builder().compression(zstd).streams(8).build());
		double eightFirst = eight.trace().get(0).memoryBytes();
		assertEquals(Math.max(eightFirst * H / 2 / (10 * GBIT), eightFirst / 1.6e9), eight.trace().get(0).seconds(), 1e-9);
		assertEquals(8 * GIB / 200e6, one.cpuCoreSeconds(), 1e-9, "core-seconds spent compressing");
	}

	@Test
	void xbzrleSendsCachedDirtyPagesAsDeltas() {
		VmProfile vm = VmProfile.of(4 * GIB, 100 * MIB).withWritableWorkingSet(512 * MIB);
		Xbzrle cache = new Xbzrle(true, 512 * MIB, 0.25);
		MigrationEstimate e = model.estimate(vm, LAN_1G, MigrationPolicy.builder().xbzrle(cache).build());
		// a round after the first re-sends dirtied pages, all of them cache hits, and the rest of the first pass's
		// pages carried into it (in proportion: PreCopyRounds), which go as first copies
		Round second = e.trace().get(1);
		MigrationEstimate without = model.estimate(vm, LAN_1G, MigrationPolicy.defaults());
		assertTrue(second.wireBytes() < 0.5 * second.memoryBytes() * H, "mostly deltas: " + second.wireBytes());
		assertTrue(e.bytesTransferred() < without.bytesTransferred());
	}

	@Test
	void encryptionCapsThroughputAtTheCipherSpeedAndAddsAHandshake() {
		Encryption tls = new Encryption(Encryption.Mode.REQUIRED, 500e6, true);
		MigrationPath path = new MigrationPath(10 * GBIT, 0.001, 0, true, false, false);
		MigrationEstimate e = model.estimate(VmProfile.of(8 * GIB, 0), path,
				MigrationPolicy.builder().encryption(tls).build());
		double wire = 8 * GIB * H + S;
		assertEquals(2 * 0.001 + 0.002 + wire / 500e6, e.totalSeconds(), 1e-9);
		assertEquals(wire / 500e6, e.cpuCoreSeconds(), 1e-6);
		assertTrue(sentences(e).isEmpty(), "encrypted memory is not exposed: " + sentences(e));
	}

	@Test
	void memoryCrossingAnUntrustedPathUnencryptedIsFlagged() {
		MigrationPath untrusted = new MigrationPath(10 * GBIT, 0, 0, true, false, false);
		MigrationEstimate e = model.estimate(VmProfile.of(GIB, 0), untrusted, MigrationPolicy.defaults());
		assertEquals(List.of("data-plane exposure: memory crosses an untrusted path unencrypted"), sentences(e));
	}

	@Test
	void aLocalDiskIsMirroredFirstAndItsWritesShareTheLink() {
		double disk = 100 * GIB;
		double writes = 20e6;
		double b = 1 * GBIT;
		VmProfile vm = VmProfile.of(4 * GIB, 0).withDisk(disk, writes);
		MigrationPath local = new MigrationPath(b, 0, 0, false, true, false);
		MigrationEstimate e = model.estimate(vm, local, MigrationPolicy.defaults());
		double mirror = disk / (b - writes); // the pre-copy series of the disk with ratio w/B
		double memory = (4 * GIB * H + S) / (b - writes);
		assertEquals(mirror + memory, e.totalSeconds(), 1e-6);
		assertEquals(disk * b / (b - writes) + writes * memory, e.storageBytes(), 1);
	}

	@Test
	void aLocalDiskLeftAtTheSourceMovesNothingButIsReported() {
		VmProfile vm = VmProfile.of(4 * GIB, 0).withDisk(100 * GIB, 20e6);
		MigrationPath local = new MigrationPath(GBIT, 0, 0, false, true, false);
		MigrationEstimate e = model.estimate(vm, local, MigrationPolicy.builder().moveStorage(false).build());
		assertEquals(0, e.storageBytes());
		assertTrue(sentences(e).get(0).startsWith("storage left at the source"), sentences(e).toString());
	}

	@Test
	void predictionsAreFiniteAndNonNegativeWhateverTheInputs() {
		java.util.Random random = new java.util.Random(42);
		org.vmmig.engine.model.Technique[] techniques = org.vmmig.engine.model.Technique.values();
		for (int i = 0; i < 3000; i++) {
			double memory = Math.pow(2, 20 + random.nextInt(23));
			VmProfile vm = new VmProfile(memory, random.nextDouble() * 5e9, random.nextDouble() * 2 * memory,
					random.nextDouble(), random.nextDouble() * 1e8, random.nextBoolean() ? 0 : random.nextDouble() * 1e12,
					random.nextDouble() * 2e9);
			MigrationPath path = new MigrationPath(1e6 + random.nextDouble() * 1e10, random.nextDouble() * 0.3,
					random.nextDouble() * 0.05, random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
			MigrationPolicy policy = MigrationPolicy.builder().technique(techniques[random.nextInt(3)])
					.maxRounds(1 + random.nextInt(100)).streams(1 + random.nextInt(8))
					.autoConverge(random.nextBoolean() ? AutoConverge.QEMU_DEFAULTS : AutoConverge.OFF)
					.completionTimeout(random.nextInt(3) * 400, TimeoutAction.values()[random.nextInt(3)]).build();
			MigrationEstimate e = model.estimate(vm, path, policy);
			String what = vm + " " + path + " " + policy;
			for (double value : new double[] { e.totalSeconds(), e.downtimeSeconds(), e.bytesTransferred(),
					e.storageBytes(), e.degradationSeconds(), e.degradationShare(), e.cpuCoreSeconds(), e.energyJoules(),
					e.riskWindowSeconds() }) {
				assertTrue(Double.isFinite(value) && value >= 0, value + " for " + what);
			}
			assertTrue(e.downtimeSeconds() <= e.totalSeconds() + 1e-9, what);
		}
	}

	@Test
	void overAWanTcpLossLimitsThroughputByTheMathisBound() {
		double rtt = 0.05;
		double loss = 1e-4;
		MigrationPath wan = new MigrationPath(10 * GBIT, rtt, loss, true, true, true);
		MigrationEstimate e = model.estimate(VmProfile.of(GIB, 0), wan, MigrationPolicy.defaults());
		double mathis = 1460 / rtt * Math.sqrt(1.5) / Math.sqrt(loss); // Mathis et al., CCR 1997
		assertEquals((GIB * H + S) / mathis, e.totalSeconds(), 1e-6);
		assertTrue(sentences(e).contains("subnet change: the VM's IP address must be reconfigured at the destination"));
		MigrationEstimate four = model.estimate(VmProfile.of(GIB, 0), wan, MigrationPolicy.builder().streams(4).build());
		assertEquals(e.totalSeconds() / 4, four.totalSeconds(), 1e-6, "each stream has its own congestion window");
	}

	@Test
	void theCloudSimBaselineIsMemoryOverHalfTheBandwidth() {
		MigrationEstimate e = MigrationModel.cloudSim().estimate(VmProfile.of(870e6, 50e6), LAN_1G,
				MigrationPolicy.defaults());
		assertEquals(870e6 / (GBIT / 2), e.totalSeconds(), 1e-9); // 13.92 s for CloudSim's 870 MB VM type
		assertEquals(0, e.downtimeSeconds());
		assertEquals(0.10, e.degradationShare());
	}

	@Test
	void energyGrowsLinearlyWithTheDataMoved() {
		MigrationEstimate e = model.estimate(VmProfile.of(8 * GIB, 0), MigrationPath.lan(10 * GBIT),
				MigrationPolicy.defaults());
		assertEquals(0.512 * e.bytesTransferred() / 1e6 + 20.165, e.energyJoules(), 1e-9); // Liu et al. HPDC'11
	}

	/** The notes of an estimate as the front ends show them. */
	private static List<String> sentences(MigrationEstimate e) {
		return e.notes().stream().map(Explanations::of).toList();
	}
}
