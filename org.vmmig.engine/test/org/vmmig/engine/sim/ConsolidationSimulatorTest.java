package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.units.Unit;

/** Dynamic consolidation over time on data centres small enough to check by hand, and properties on many. */
class ConsolidationSimulatorTest {

	private static final double MB = 1e6;
	private static final PowerModel LINEAR = PowerModel.linear(100, 200);
	private static final OverloadDetector THR_08 = new OverloadDetector.StaticThreshold(0.8);

	/** The engine gives energy in joules; the published figures and these expectations are in kWh. */
	private static double kwh(TimeSimulationResult r) {
		return r.energyJoules() / Unit.KWH.toBase();
	}

	private static SimHost host(String name) {
		return new SimHost(name, 1000, 2, 4096 * MB, 1e9 / 8, LINEAR);
	}

	private static SimVm vm(String name, double mips, double memoryMb, String on, double... utilisation) {
		return new SimVm(name, mips, 1, memoryMb * MB, 0, 0, utilisation, 300, on);
	}

	/** vmmig's own rules: steps on the samples, memory always checked, idle VMs keep running. */
	private static SimulationSettings settings(double horizon, OverloadDetector detector, VmSelection selection) {
		return new SimulationSettings(300, horizon, detector, selection, new MigrationTiming.CloudSim(), 7,
				SimulationSettings.Rules.VMMIG);
	}

	@Test
	void aSteadyHostDrawsItsPowerOverTheMeasuredTime() {
		// one VM of 1000 MIPS at 50 % on a 2000-MIPS host: utilisation 25 %, linear power 100 + 100 · 0.25
		TimeSimulationResult r = ConsolidationSimulator.run(List.of(host("h")), List.of(vm("v", 1000, 512, "h", constant(0.5, 13))),
				settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME));
		// steps at 300 … 3300 s; the host holds a VM from time 0, so energy is counted from 0 to the last step
		assertEquals(11, r.series().size());
		assertEquals(125.0 * 3300 / 3.6e6, kwh(r), 1e-12);
		assertEquals(0, r.migrations());
		assertEquals(1, r.series().get(0).activeHosts());
		assertEquals(125, r.series().get(0).watts(), 1e-9);
	}

	@Test
	void anOverloadedHostShedsTheVmThatMigratesFastest() {
		// h1 carries 900 + 900 MIPS of 2000 at 100 %: 90 % > 80 %; the smaller VM (512 MB) leaves for h2
		List<SimVm> vms = List.of(vm("big", 900, 2048, "h1", constant(1, 13)), vm("small", 900, 512, "h1", constant(1, 13)),
				vm("other", 200, 256, "h2", constant(1, 13)));
		TimeSimulationResult r = ConsolidationSimulator.run(List.of(host("h1"), host("h2")), vms,
				settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME));
		assertEquals(1, r.migrations());
		assertEquals(1, r.series().get(0).migrationsStarted());
		// CloudSim's timing: memory / (half of 1 Gbit/s) = 512 MB / 62.5 MB/s
		double seconds = 512 * MB / (1e9 / 8 / 2);
		assertEquals(512 * MB, r.bytesMoved());
		// PDM: the migrating VM loses 10 % of its 900 MIPS for the migration, out of everything asked for
		double requested = (900 + 900 + 200) * 3300.0; // from time 0 to the last step
		assertEquals(0.1 * 900 * seconds / requested, r.pdm(), 1e-12);
	}

	@Test
	void underUtilisedHostsAreEmptiedAndSwitchedOff() {
		List<SimVm> vms = List.of(vm("a", 500, 512, "h1", constant(0.2, 13)), vm("b", 500, 512, "h2", constant(0.2, 13)),
				vm("c", 500, 512, "h3", constant(0.2, 13)));
		TimeSimulationResult r = ConsolidationSimulator.run(List.of(host("h1"), host("h2"), host("h3")), vms,
				settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME));
		assertEquals(3, r.series().get(0).activeHosts());
		assertEquals(2, r.migrations(), "two hosts are emptied onto the third");
		assertEquals(1, r.series().get(1).activeHosts());
		assertEquals(3, r.series().get(1).vmsRunning());
	}

	@Test
	void memoryIsNeverOvercommittedUnderVmmigsRules() {
		// CPU would allow all three VMs on one host, memory (4096 MB) allows two of them
		List<SimVm> vms = List.of(vm("a", 100, 2000, "h1", constant(0.1, 13)), vm("b", 100, 2000, "h2", constant(0.1, 13)),
				vm("c", 100, 2000, "h3", constant(0.1, 13)));
		TimeSimulationResult r = ConsolidationSimulator.run(List.of(host("h1"), host("h2"), host("h3")), vms,
				settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME));
		r.series().forEach(s -> assertTrue(s.peakMemoryShare() <= 1, "memory share " + s.peakMemoryShare()));
		assertEquals(2, r.series().get(r.series().size() - 1).activeHosts());
	}

	@Test
	void cloudSimsRulesEndIdleVmsAndIgnoreMemory() {
		List<SimVm> vms = List.of(vm("a", 100, 2000, "h1", constant(0.1, 13)), vm("b", 100, 2000, "h2", constant(0.1, 13)),
				vm("c", 100, 2000, "h3", 0.1, 0.1, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1));
		TimeSimulationResult r = ConsolidationSimulator.run(List.of(host("h1"), host("h2"), host("h3")), vms,
				SimulationSettings.cloudSimCompatible(THR_08, VmSelection.MINIMUM_MIGRATION_TIME));
		assertEquals(1, r.endedIdle(), "c asks for no CPU from 600 s on and is taken for finished");
		assertTrue(r.series().stream().anyMatch(s -> s.peakMemoryShare() > 1), "memory is not checked after the start");
	}

	@Test
	void underCloudSimsRulesAVmPlannedTwiceMigratesIntoBothTargets() {
		// h1 is overloaded (1800 of 2000 MIPS) and sheds 'small' to h2, whose power grows least; h2, the least
		// utilised host, is then emptied onto h3 — 'small' included: it is planned twice in the step at 300.1 s
		List<SimHost> hosts = List.of(host("h1"), new SimHost("h2", 1000, 2, 4096 * MB, 1e9 / 8, PowerModel.linear(100, 110)),
				host("h3"));
		List<SimVm> vms = List.of(vm("big", 900, 2048, "h1", constant(1, 13)), vm("small", 900, 512, "h1", constant(1, 13)),
				vm("b", 200, 512, "h2", constant(1, 13)), vm("c", 400, 512, "h3", constant(1, 13)));
		SimulationSettings cloudSim = new SimulationSettings(300, 3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME,
				new MigrationTiming.CloudSim(), 7, SimulationSettings.Rules.CLOUDSIM);
		TimeSimulationResult both = ConsolidationSimulator.run(hosts, vms, cloudSim);
		TimeSimulationResult later = ConsolidationSimulator.run(hosts, vms,
				cloudSim.withRules(SimulationSettings.Rules.CLOUDSIM.withReplannedMovesContinue(false)));
		assertEquals(3, both.migrations(), "small to h2, small to h3, b to h3");
		assertEquals(3, later.migrations());
		double seconds = 512 * MB / (1e9 / 8 / 2); // each migration: 8.192 s
		// active: h1 and h3 from the first step (300.1 s) to the last (3300.1 s), h2 until its VMs have left
		double active = 3000 + 3000 + seconds;
		// h3 has VMs migrating in (10 % of their CPU, all of their request counted); under CloudSim's rule so has
		// h2, which carries 'small' until the first of its two migrations ends
		assertEquals(seconds / active, later.slatah(), 1e-12);
		assertEquals(2 * seconds / active, both.slatah(), 1e-12);
		assertEquals(later.pdm(), both.pdm(), 1e-15, "the VM's own loss is the same");
		// h2 draws for 10 % of small's 900 MIPS more while it carries it: 90 MIPS of 2000 at 10 W per 100 %
		assertEquals(kwh(later) + 90.0 / 2000 * 10 * seconds / 3.6e6, kwh(both), 1e-9);
	}

	@Test
	void underVmmigsRulesAHostWithIdleVmsStillDrawsIdlePower() {
		TimeSimulationResult vmmig = ConsolidationSimulator.run(List.of(host("h")), List.of(vm("v", 1000, 512, "h", constant(0, 13))),
				settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME));
		assertEquals(100.0 * 3300 / 3.6e6, kwh(vmmig), 1e-12, "idle power from the start to the last step");
		TimeSimulationResult cloudSim = ConsolidationSimulator.run(List.of(host("h")), List.of(vm("v", 1000, 512, "h", constant(0, 13))),
				settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME).withRules(SimulationSettings.Rules.VMMIG.withIdleHostsOff(true)));
		assertEquals(0, kwh(cloudSim), "CloudSim switches a host at 0 % off even with a VM on it");
	}

	@Test
	void noVmIsLostOrDuplicatedAndLimitsHoldOnRandomDataCentres() {
		SplittableRandom random = new SplittableRandom(2024);
		OverloadDetector[] detectors = { THR_08, new OverloadDetector.InterQuartileRange(1.5),
				new OverloadDetector.MedianAbsoluteDeviation(2.5), new OverloadDetector.LocalRegression(1.2, false),
				new OverloadDetector.LocalRegression(1.2, true) };
		for (int run = 0; run < 60; run++) {
			int hostCount = 2 + random.nextInt(12);
			List<SimHost> hosts = new ArrayList<>();
			for (int i = 0; i < hostCount; i++) {
				hosts.add(new SimHost("h" + i, 500 + random.nextInt(2500), 1 + random.nextInt(4), (1 + random.nextInt(8)) * 1024 * MB,
						1e9 / 8, LINEAR));
			}
			int vmCount = random.nextInt(3 * hostCount);
			List<SimVm> vms = new ArrayList<>();
			for (int i = 0; i < vmCount; i++) {
				double[] u = new double[40];
				for (int t = 0; t < u.length; t++) {
					u[t] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
				}
				vms.add(new SimVm("v" + i, 100 + random.nextInt(1000), 1, (128 + random.nextInt(2048)) * MB, 0, 50 * MB, u, 300, null));
			}
			OverloadDetector detector = detectors[run % detectors.length];
			VmSelection selection = PolicyLabels.selections().get(run % PolicyLabels.selections().size());
			boolean cloudSimRules = run % 3 == 0;
			MigrationTiming timing = run % 2 == 0 ? new MigrationTiming.CloudSim()
					: new MigrationTiming.Live(MigrationModel.live(), MigrationPolicy.defaults(), 0.5);
			SimulationSettings s = new SimulationSettings(300, 12_000, detector, selection, timing, run,
					cloudSimRules ? SimulationSettings.Rules.CLOUDSIM : SimulationSettings.Rules.VMMIG);
			// the simulator checks after every step that each VM is on exactly one host (and, while migrating, on
			// exactly one target); it throws IllegalStateException otherwise
			TimeSimulationResult r = ConsolidationSimulator.run(hosts, vms, s);
			String where = "run " + run + " (" + s.label() + ")";
			int placed = vmCount - r.unplaced().size();
			int previous = placed;
			for (TimeSimulationResult.Step step : r.series()) {
				if (cloudSimRules) {
					assertTrue(step.vmsRunning() <= previous, where + ": only ending idle VMs removes VMs");
					previous = step.vmsRunning();
				} else {
					assertEquals(placed, step.vmsRunning(), where);
					assertTrue(step.peakMemoryShare() <= 1 + 1e-12, where + ": memory over-committed: " + step.peakMemoryShare());
				}
			}
			if (cloudSimRules && !r.series().isEmpty()) {
				// VMs can also end after the last step, while its migrations finish
				assertTrue(r.series().get(r.series().size() - 1).vmsRunning() >= placed - r.endedIdle(), where);
			}
			assertTrue(kwh(r) >= 0 && Double.isFinite(kwh(r)), where);
			assertTrue(r.slatah() >= 0 && r.slatah() <= 1 && r.pdm() >= 0 && r.pdm() <= 1, where);
		}
	}

	@Test
	void sameInputsAndSeedGiveTheSameRun() {
		SplittableRandom random = new SplittableRandom(5);
		List<SimHost> hosts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			hosts.add(host("h" + i));
		}
		List<SimVm> vms = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			double[] u = random.doubles(40).toArray();
			vms.add(new SimVm("v" + i, 300, 1, 256 * MB, 0, 0, u, 300, null));
		}
		SimulationSettings s = settings(12_000, new OverloadDetector.MedianAbsoluteDeviation(2.5), VmSelection.RANDOM);
		assertEquals(ConsolidationSimulator.run(hosts, vms, s), ConsolidationSimulator.run(hosts, vms, s));
	}

	@Test
	void anInterruptedRunStops() {
		Thread.currentThread().interrupt();
		try {
			assertThrows(CancellationException.class, () -> ConsolidationSimulator.run(List.of(host("h")),
					List.of(vm("v", 100, 64, "h", constant(0.5, 13))), settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME)));
		} finally {
			Thread.interrupted();
		}
	}

	@Test
	void migrationsLeavingOneNicShareItFairly() {
		// two VMs leave h1 in the same step for two different hosts: under the live model they share h1's NIC
		// (max-min: half each), so each takes twice as long as alone
		List<SimVm> vms = List.of(vm("a", 900, 1000, "h1", constant(1, 13)), vm("b", 900, 1000, "h1", constant(1, 13)),
				vm("c", 900, 1000, "h1", constant(1, 13)));
		List<SimHost> hosts = List.of(new SimHost("h1", 1500, 2, 8192 * MB, 1e9 / 8, LINEAR), host("h2"), host("h3"));
		SimulationSettings s = new SimulationSettings(300, 3600, new OverloadDetector.StaticThreshold(0.5),
				VmSelection.MINIMUM_MIGRATION_TIME, new MigrationTiming.Live(MigrationModel.live(), MigrationPolicy.defaults(), 1),
				1, SimulationSettings.Rules.VMMIG);
		TimeSimulationResult r = ConsolidationSimulator.run(hosts, vms, s);
		assertTrue(r.series().get(0).migrationsStarted() >= 2);
		assertTrue(r.series().get(0).inFlight() >= 2, "they run at the same time");
	}

	@Test
	void oneDecisionNowEmptiesUnderUtilisedHosts() {
		List<SimVm> vms = List.of(vm("a", 500, 512, "h1", 0.2), vm("b", 500, 512, "h2", 0.2), vm("c", 500, 512, "h3", 0.2));
		List<ConsolidationSimulator.Decision> decisions = ConsolidationSimulator.decide(
				List.of(host("h1"), host("h2"), host("h3")), vms, settings(3600, THR_08, VmSelection.MINIMUM_MIGRATION_TIME));
		assertEquals(List.of(new ConsolidationSimulator.Decision("a", "h1", "h2"), new ConsolidationSimulator.Decision("c", "h3", "h2")),
				decisions);
	}

	@Test
	void loadBalancingMovesLoadFromTheBusiestHostWhileThatNarrowsTheSpread() {
		// h1 at 90 %, h2 empty, mean 45 %: one VM moves (60 % / 30 %); a second would leave h2 as busy as h1 was
		List<SimVm> vms = List.of(vm("v1", 600, 1000, "h1", 1), vm("v2", 600, 1000, "h1", 1), vm("v3", 600, 1000, "h1", 1));
		assertEquals(List.of(new ConsolidationSimulator.Decision("v1", "h1", "h2")),
				LoadBalancer.decide(List.of(host("h1"), host("h2")), vms, LoadBalancer.DEFAULT_MARGIN));
		// without memory on h2 nothing can move
		SimHost small = new SimHost("h2", 1000, 2, 500 * MB, 1e9 / 8, LINEAR);
		assertEquals(List.of(), LoadBalancer.decide(List.of(host("h1"), small), vms, LoadBalancer.DEFAULT_MARGIN));
	}

	private static double[] constant(double value, int samples) {
		double[] u = new double[samples];
		Arrays.fill(u, value);
		return u;
	}
}
