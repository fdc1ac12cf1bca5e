package org.vmmig.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vmmig.engine.sweep.RunOutcome;
import org.vmmig.engine.sweep.SweepTask;

/**
 * What Spark costs a sweep on this machine (scripts/benchmark-spark; figures in docs/performance.md): a standalone
 * master and worker on 127.0.0.1 as in the tests, then (1) connecting, (2) Spark's own cost per run — runs that do
 * nothing, so all their time is scheduling, shipping and collecting — and (3) PlanetLab policy-days on the cluster
 * against the same runs in a sequential loop in one JVM.
 *
 * <p>Arguments: cores of the worker, no-op runs, then day folders and a comma-separated list of policies.
 */
public final class SparkOverheadBenchmark {

	public static void main(String[] args) throws Exception {
		int cores = Integer.parseInt(args[0]);
		int noops = Integer.parseInt(args[1]);
		List<Path> days = new ArrayList<>();
		for (int i = 2; i < args.length - 1; i++) days.add(Path.of(args[i]));
		List<String> policies = List.of(args[args.length - 1].split(","));
		Path directory = Files.createTempDirectory("vmmig-spark-benchmark-");
		try (StandaloneCluster cluster = StandaloneCluster.start(directory, cores)) {
			long start = System.nanoTime();
			try (SparkExecutor spark = SparkExecutor.connect(cluster.masterUrl)) {
				report("connect (application and first executor started)", seconds(start), "s");
				SweepTask<Integer> noop = index -> index;
				for (int round = 1; round <= 2; round++) {
					start = System.nanoTime();
					spark.run(noops, noop, outcome -> {
					});
					report("no-op runs, round " + round + ": Spark's cost per run", 1000 * seconds(start) / noops, "ms");
				}

				PlanetLabSweep sweep = PlanetLabSweep.of(days, policies, 800);
				start = System.nanoTime();
				List<RunOutcome<PolicyDay>> sequential = new ArrayList<>();
				for (int i = 0; i < sweep.count(); i++) sequential.add(RunOutcome.success(i, sweep.run(i)));
				double loop = seconds(start);
				report(sweep.count() + " policy-days, sequential loop in one JVM", loop, "s");
				start = System.nanoTime();
				List<RunOutcome<PolicyDay>> onCluster = spark.run(sweep.count(), sweep, outcome -> {
				});
				double distributed = seconds(start);
				report(sweep.count() + " policy-days on " + spark.describe(), distributed, "s");
				report("speed-up over the loop", loop / distributed, "x");
				if (!sequential.equals(onCluster)) throw new AssertionError("the cluster's outcomes differ from the loop's");
			}
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void report(String what, double value, String unit) {
		System.out.println(String.format(Locale.ROOT, "%-70s %9.3f %s", what, value, unit));
	}
}
