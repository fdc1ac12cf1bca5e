package org.vmmig.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepTask;

/**
 * What Spark costs a sweep on this machine (scripts/benchmark-spark; figures in docs/performance.md): a standalone
 * master and worker on 127.0.0.1 as in the tests, then (1) connecting, (2) Spark's own cost per run — runs that do
 * nothing, so all their time is scheduling, shipping and collecting — and (3) PlanetLab policy-days on the cluster
 * against the same runs in a sequential loop in one JVM.
 *
 * <p>Each step reports its wall time and the CPU time of the driver and the cluster's JVMs together: on a machine
 * shared with other work the CPU time is the steadier figure.
 *
 * <p>Arguments: cores of the worker, no-op runs, then day folders and a comma-separated list of policies.
 */
public final class SparkOverheadBenchmark {

	@SuppressWarnings("try") // StandaloneCluster.close() may be interrupted while it waits for the cluster to stop: let it
	public static void main(String[] args) throws Exception {
		int cores = Integer.parseInt(args[0]);
		int noops = Integer.parseInt(args[1]);
		List<Path> days = new ArrayList<>();
		for (int i = 2; i < args.length - 1; i++) days.add(Path.of(args[i]));
		List<String> policies = List.of(args[args.length - 1].split(","));
		Path directory = Files.createTempDirectory("vmmig-spark-benchmark-");
		try (StandaloneCluster cluster = StandaloneCluster.start(directory, cores)) {
			Clock clock = new Clock(cluster);
			try (SparkExecutor spark = SparkExecutor.connect(cluster.masterUrl)) {
				clock.report("connect (application and first executor started)", 1);
				SweepTask<Integer> noop = index -> index;
				for (int round = 1; round <= 2; round++) {
					spark.run(noops, noop, outcome -> {
					});
					clock.report("no-op runs, round " + round + ": Spark's cost per run", noops);
				}

				PlanetLabSweep sweep = PlanetLabSweep.of(days, policies, 800);
				List<FinishedRun<PolicyDay>> sequential = new ArrayList<>();
				for (int i = 0; i < sweep.count(); i++) sequential.add(FinishedRun.success(i, sweep.run(i)));
				double loop = clock.report(sweep.count() + " policy-days, sequential loop in the driver: per run",
						sweep.count());
				List<FinishedRun<PolicyDay>> onCluster = spark.run(sweep.count(), sweep, outcome -> {
				});
				double distributed = clock.report(sweep.count() + " policy-days on " + spark.describe() + ": per run",
						sweep.count());
				System.out.println(String.format(Locale.ROOT, "speed-up over the loop (wall time): %.2f x",
						loop / distributed));
				if (!sequential.equals(onCluster)) throw new AssertionError("the cluster's outcomes differ from the loop's");
			}
		}
	}

	/** Wall and CPU time (driver and cluster) since the previous report. */
	private static final class Clock {
		private final StandaloneCluster cluster;
		private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
				java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		private long wall = System.nanoTime();
		private long cpu;

		Clock(StandaloneCluster cluster) {
			this.cluster = cluster;
			this.cpu = cpuNow();
		}

		private long cpuNow() {
			return os.getProcessCpuTime() + cluster.cpuTime().toNanos();
		}

		/** Prints wall and CPU time divided by {@code per}; returns the wall time's share. */
		double report(String what, int per) {
			long wallNow = System.nanoTime();
			long cpuNow = cpuNow();
			double wallEach = (wallNow - wall) / 1e6 / per;
			System.out.println(String.format(Locale.ROOT, "%-75s wall %9.2f ms   CPU %9.2f ms", what, wallEach,
					(cpuNow - cpu) / 1e6 / per));
			wall = wallNow;
			cpu = cpuNow;
			return wallEach;
		}
	}
}
