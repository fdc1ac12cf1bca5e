package org.vmmig.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepExecutorProvider;
import org.vmmig.engine.sweep.SweepTask;

/**
 * SparkExecutor against a real standalone Spark cluster (a master and a 2-core worker in child JVMs on 127.0.0.1):
 * the same outcomes as a plain sequential loop, failed runs as rows, the task shipped once per executor, and a
 * clear, quick error for a master that is not there.
 */
class SparkExecutorTest {

	/** The shared data set lies beside the repository (see ../shared/data/README.md). */
	static final Path PLANETLAB = Path.of("..", "..", "shared", "data", "planetlab");

	@TempDir
	static Path directory;
	private static StandaloneCluster cluster;
	private static SparkExecutor spark;

	@BeforeAll
	static void startCluster() throws Exception {
		cluster = StandaloneCluster.start(directory, 2);
		spark = SparkExecutor.connect(cluster.masterUrl);
	}

	@AfterAll
	static void stopCluster() throws Exception {
		if (spark != null) spark.close();
		if (cluster != null) cluster.close();
	}

	@Test
	void theClusterGivesTheSameOutcomesAsASequentialLoop() throws Exception {
		// two days × two policies, and a policy name no run can use: its runs fail, the others go on
		PlanetLabSweep sweep = PlanetLabSweep.of(List.of(PLANETLAB.resolve("20110303"), PLANETLAB.resolve("20110306")),
				List.of("THR-MMT-0.8", "MAD-MMT-2.5", "XYZ-1"), 800);
		List<FinishedRun<PolicyDay>> sequential = new ArrayList<>();
		for (int i = 0; i < sweep.count(); i++) {
			try {
				sequential.add(FinishedRun.success(i, sweep.run(i)));
			} catch (Exception e) {
				sequential.add(FinishedRun.failure(i, e));
			}
		}
		Set<Integer> told = new TreeSet<>();
		List<FinishedRun<PolicyDay>> onCluster = spark.run(sweep.count(), sweep, outcome -> {
			assertTrue(told.add(outcome.index()), "told of run " + outcome.index() + " twice");
		});

		assertEquals(sequential, onCluster);
		assertEquals(Set.of(0, 1, 2, 3, 4, 5), told);
		for (int i : List.of(2, 5)) {
			assertFalse(onCluster.get(i).succeeded());
			assertEquals("'XYZ-1' is not a policy like LR-MMT-1.2, THR-MC-0.8 or DVFS", onCluster.get(i).failure());
		}
		PolicyDay thr = onCluster.get(0).result();
		assertEquals("20110303", thr.day());
		assertEquals("THR-MMT-0.8", thr.policy());
		// as `vmmig planetlab` reports it for this day and policy (docs/simulation.md, traces in name order)
		assertEquals(26_711, thr.migrations());
		assertEquals(192.62, thr.energyKwh(), 0.005);
		assertNotEquals(onCluster.get(0).result(), onCluster.get(3).result(), "two days, two results");
	}

	@Test
	void eachExecutorReceivesTheTaskOnceNotOncePerRun() throws Exception {
		long driver = ProcessHandle.current().pid();
		List<FinishedRun<String>> outcomes = spark.run(24, new DeserialisationCount(), outcome -> {
		});
		assertEquals(24, outcomes.size());
		for (FinishedRun<String> outcome : outcomes) {
			String[] pidAndReads = outcome.result().split(":");
			assertNotEquals(String.valueOf(driver), pidAndReads[0], "the run ran in an executor, not in the driver");
			assertEquals("1", pidAndReads[1], "deserialisations of the task in executor " + pidAndReads[0]);
		}
	}

	@Test
	void anInterruptedSweepCancelsItsJobAndKeepsTheFinishedRows() throws Exception {
		Thread caller = Thread.currentThread();
		List<Integer> finished = new ArrayList<>();
		SweepTask<Integer> slow = index -> {
			Thread.sleep(index == 0 ? 0 : 1_000);
			return index;
		};
		long start = System.nanoTime();
		assertThrows(InterruptedException.class, () -> spark.run(40, slow, outcome -> {
			finished.add(outcome.index());
			caller.interrupt(); // Ctrl-C as the first row arrives
		}));
		Thread.interrupted();
		assertFalse(finished.isEmpty());
		assertTrue(finished.size() < 40, finished.toString());
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (spark.activeJobs() > 0 && System.nanoTime() < deadline) Thread.sleep(50);
		assertEquals(0, spark.activeJobs(), "the cancelled job still runs");
		assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "40 runs of 1 s on 2 cores ran out");
	}

	@Test
	void anUnreachableMasterIsAClearErrorWithinSeconds() throws Exception {
		int port = StandaloneCluster.freePort();
		long start = System.nanoTime();
		SparkUnavailableException e = assertThrows(SparkUnavailableException.class,
				() -> SparkExecutor.connect("spark://127.0.0.1:" + port));
		assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "took too long");
		assertTrue(e.getMessage().startsWith("no Spark master answers at spark://127.0.0.1:" + port + " (127.0.0.1:"
				+ port + ": Connection refused)"), e.getMessage());
	}

	@Test
	void theCommandLineFindsTheSparkExecutorOnItsClasspath() {
		assertInstanceOf(SparkExecutorProvider.class, SweepExecutorProvider.find("spark"));
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> SweepExecutorProvider.find("ray"));
		assertEquals("no ray executor on the classpath: build the org.vmmig.ray module and run from its jar "
				+ "(see docs/scale-out.md)", e.getMessage());
	}

	@Test
	void describeNamesTheMasterAndItsExecutors() {
		assertEquals("Spark 4.2.0 at " + cluster.masterUrl + " (1 executor)", spark.describe());
	}
}
