package org.vmmig.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.plan.ConcurrencyLimits;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.PlacementRules;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.MigrationTiming;
import org.vmmig.engine.sim.OverloadDetector;
import org.vmmig.engine.sim.PowerModel;
import org.vmmig.engine.sim.SimHost;
import org.vmmig.engine.sim.SimVm;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.sim.SimulationSettings;
import org.vmmig.engine.sim.VmSelection;

/**
 * Planning at data-centre scale (default 10,000 hosts, 100,000 VMs, generated with a fixed seed): one
 * consolidation step (overload and underload handling, power-aware placement, scheduled migrations under the
 * live model), and the evacuation of 100 hosts with the scheduler. Prints wall time and peak heap of each.
 * Arguments: [hosts] [vms] [repetitions].
 */
public final class PlanScaleBenchmark {

	private static final double GIB = 1024.0 * 1024 * 1024;

	public static void main(String[] args) {
		int hostCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int vmCount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		SplittableRandom random = new SplittableRandom(42);
		List<SimHost> hosts = new ArrayList<>();
		for (int i = 0; i < hostCount; i++) {
			hosts.add(new SimHost("h" + i, 2600, 32, 512 * GIB, 25e9 / 8, PowerModel.linear(150, 400)));
		}
		List<SimVm> vms = new ArrayList<>();
		for (int i = 0; i < vmCount; i++) {
			double[] u = new double[3];
			for (int t = 0; t < u.length; t++) {
				u[t] = random.nextDouble() * (random.nextInt(10) == 0 ? 1 : 0.3);
			}
			vms.add(new SimVm("v" + i, 2600, 1 + random.nextInt(4), (1 + random.nextInt(16)) * GIB, 0, 50e6, u, 300,
					hosts.get(i % hostCount).name()));
		}
		SimulationSettings oneStep = new SimulationSettings(300, 600, new OverloadDetector.StaticThreshold(0.8),
				VmSelection.MINIMUM_MIGRATION_TIME,
				MigrationTiming.Live.of(MigrationModel.live(), MigrationPolicy.defaults()), 1, SimulationSettings.Rules.VMMIG);

		List<Host> planHosts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (SimHost h : hosts) {
			planHosts.add(h.host());
			names.add(h.name());
		}
		List<Vm> planVms = new ArrayList<>();
		for (SimVm v : vms) {
			planVms.add(new Vm(v.name(), v.memoryBytes(), 20e6, v.initialHost()));
		}
		DataCenter dc = new DataCenter(planHosts, planVms, List.of(new Network("fabric", 400e9 / 8, 0.0001, names)));
		List<String> drained = names.subList(0, 100);
		EvacuationPlanner planner = new EvacuationPlanner(MigrationModel.live());

		for (int r = 1; r <= repetitions; r++) {
			resetPeaks();
			long start = System.nanoTime();
			TimeSimulationResult result = ConsolidationSimulator.run(hosts, vms, oneStep);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "run %d: consolidation step, %d hosts, %d VMs: %.2f s, %d migrations, peak heap %.0f MB%n",
					r, hostCount, vmCount, seconds, result.migrations(), peakHeapMb());
			resetPeaks();
			start = System.nanoTime();
			Plan plan = planner.evacuate(dc, drained, MigrationPolicy.defaults(), PlacementRules.NONE,
					new ConcurrencyLimits(2, 10_000, 200));
			seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "run %d: evacuation of %d hosts: %.2f s, %d migrations, makespan %.0f s, peak heap %.0f MB%n",
					r, drained.size(), seconds, plan.migrations().size(), plan.makespanSeconds(), peakHeapMb());
		}
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static double peakHeapMb() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum / 1e6;
	}
}
