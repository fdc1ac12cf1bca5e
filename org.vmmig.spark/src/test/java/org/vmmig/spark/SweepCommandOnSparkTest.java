package org.vmmig.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.cli.Main;

/**
 * The user's path to a cluster: {@code vmmig sweep --spark MASTER} on a bundled example, against a real standalone
 * master and worker, writes the same report, byte for byte, as the same sweep on the local cores: the plans of
 * {@code drainTime} and the time simulations of {@code days} (8 PlanetLab days × 5 detectors × 5 thresholds), on one
 * cluster (starting it is the expensive part).
 */
class SweepCommandOnSparkTest {

	private static final Path MODEL = Path.of("..", "examples", "sweeps.vmig");

	@TempDir
	static Path directory;
	private static StandaloneCluster cluster;

	@BeforeAll
	static void startCluster() throws Exception {
		cluster = StandaloneCluster.start(directory, 2);
		// what the ./vmmig launcher passes: the CLI's own classpath is what a run needs on the executors
		System.setProperty("spark.jars", cliClasspath());
	}

	@AfterAll
	static void stopCluster() throws Exception {
		System.clearProperty("spark.jars");
		if (cluster != null) cluster.close();
	}

	@Test
	void aSweepOnTheClusterWritesTheSameReportAsOnTheLocalCores() throws Exception {
		assertSameReports("drainTime", 600);
	}

	/**
	 * The sweep of 8 days × 5 policies × 5 thresholds: 200 day-long time simulations, each reading its day's
	 * trace folder (relative to the model) on the executor. On the same cluster as the other test.
	 */
	@Test
	void theDaysSweepOnTheClusterWritesTheSameReportAsOnTheLocalCores() throws Exception {
		assertSameReports("days", 200);
	}

	private static void assertSameReports(String sweepName, int runs) throws Exception {
		Path local = directory.resolve("local-" + sweepName);
		Path onSpark = directory.resolve("spark-" + sweepName);
		String localLog = sweep(sweepName, "--threads", "2", "-o", local.toString());
		String sparkLog = sweep(sweepName, "--spark", cluster.masterUrl, "-o", onSpark.toString());
		assertTrue(sparkLog.contains(runs + " runs on Spark "), sparkLog);
		assertTrue(localLog.contains(runs + " runs on 2 local threads"), localLog);

		List<Path> written = files(local);
		assertEquals(files(onSpark).stream().map(Path::getFileName).toList(),
				written.stream().map(Path::getFileName).toList());
		Path json = local.resolve("sweeps-" + sweepName + ".json");
		assertTrue(written.contains(json), written.toString());
		assertTrue(Files.readString(json).contains("\"runsFinished\": " + runs + ","), "every run finished");
		assertTrue(Files.readString(json).contains("\"runsFailed\": 0,"), "no run failed");
		for (Path file : written) {
			assertEquals(withoutExecutor(Files.readString(file)),
					withoutExecutor(Files.readString(onSpark.resolve(file.getFileName()))),
					file.getFileName() + " differs between the local cores and Spark");
		}
		assertTrue(Files.readString(onSpark.resolve("sweeps-" + sweepName + ".html")).contains("runs finished on Spark "));
	}

	@Test
	void aMasterThatIsNotThereIsAClearErrorAndNoReport() throws Exception {
		Path out = directory.resolve("nowhere");
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "sweep", MODEL.toString(),
				"--scenario", "drainTime", "--spark", "spark://127.0.0.1:1", "-o", out.toString());
		assertEquals(2, code, err.toString());
		assertTrue(err.toString().contains("vmmig: --spark spark://127.0.0.1:1: no Spark master answers"), err.toString());
		assertTrue(!Files.exists(out), "nothing written");
	}

	/** The page says where the runs ran ("600 runs finished on 2 local threads"); nothing else may differ. */
	private static String withoutExecutor(String report) {
		return report.replaceAll("runs finished on [^,<\"]*", "runs finished on (executor)");
	}

	private static String sweep(String sweepName, String... options) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		String[] args = Stream.concat(Stream.of("sweep", MODEL.toString(), "--scenario", sweepName),
				Arrays.stream(options)).toArray(String[]::new);
		int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		assertEquals(0, code, err.toString());
		return err.toString();
	}

	private static List<Path> files(Path folder) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			return list.sorted().toList();
		}
	}

	/** This JVM's classpath without Spark's own jars (which the workers have). */
	private static String cliClasspath() throws Exception {
		Set<String> spark = Set.of(Files.readString(Path.of(System.getProperty("vmmig.sparkClasspath"))).strip()
				.split(File.pathSeparator));
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !spark.contains(entry) && entry.endsWith(".jar")).collect(Collectors.joining(","));
	}
}
