package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vmmig sweep}: the tables people decide from, the same bytes on any number of threads, Ctrl-C. */
class SweepCommandTest {

	private static final String TOPOLOGY = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 GiB nic 10 Gbps }
			host h3 { memory 64 GiB nic 10 Gbps }
			network lan { bandwidth 10 Gbps latency 0.1 ms connects h1, h2, h3 }
			vm a { memory 8 GiB dirty-rate 200 MiB/s working-set 4 GiB on h1 }
			vm b { memory 4 GiB dirty-rate 50 MiB/s on h1 }
			vm c { memory 16 GiB dirty-rate 100 MiB/s on h1 }
			policy p { downtime-limit 300 ms }
			policy q { technique post-copy }
			scenario drain { evacuate h1 using p }
			""";

	private static final String SWEEPS = TOPOLOGY + """
			sweep knobs {
				scenario drain
				vary policy p, q
				vary downtime-limit 100 ms, 300 ms, 1 s
				vary max-per-host 1, 2
				best minimize makespan where max-downtime < 500 ms
			}
			sweep rates {
				scenario drain
				vary downtime-limit 300 ms, 1 s
				uncertain dirty-rate 100 MiB/s ± 30 %
				samples 50 seed 3
			}
			""";

	@Test
	void aSweepWritesOneRowPerRunTheBestTheFrontAndTheSensitivity(@TempDir Path dir) throws Exception {
		Path model = Files.writeString(dir.resolve("m.vmig"), SWEEPS);
		CommandRun run = vmmig("sweep", model.toString(), "--scenario", "knobs", "--threads", "2", "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.err().contains("sweep knobs: 12 runs on 2 local threads"), run.err());
		assertTrue(run.out().contains("best (minimize makespan where max-downtime < 500 ms): run "), run.out());
		List<String> rows = Files.readAllLines(dir.resolve("out/m-knobs-runs.csv"));
		assertEquals(13, rows.size(), "a header and 12 runs");
		assertTrue(rows.get(0).startsWith("run,policy,downtime-limit,max-per-host,makespan [s],migrations,"), rows.get(0));
		assertTrue(rows.get(1).startsWith("0,p,100 ms,1,"), rows.get(1));
		for (String table : List.of("sweep", "best", "pareto", "sensitivity", "heatmap")) {
			assertTrue(Files.exists(dir.resolve("out/m-knobs-" + table + ".csv")), table);
		}
		String html = Files.readString(dir.resolve("out/m-knobs.html"));
		assertTrue(html.contains("\"kind\":\"scatter\"") || html.contains("\"kind\": \"scatter\""), "the front is drawn");
		assertTrue(html.contains("<figure class=\"heatmap\">"), "a heatmap of the first two knobs");
		String json = Files.readString(dir.resolve("out/m-knobs.json"));
		assertTrue(json.contains("\"schema\": \"vmmig-sweep\"") && json.contains("\"runsFinished\": 12"), json);
		assertTrue(!Files.exists(dir.resolve("out/m-rates.json")), "--scenario runs that sweep only");
	}

	/** Energy is in joules, the SI unit, in every file of a sweep (the engine's unit); never kWh. */
	@Test
	void aTimeSimulationSweepReportsEnergyInJoules(@TempDir Path dir) throws Exception {
		StringBuilder model = new StringBuilder();
		for (int i = 1; i <= 3; i++) {
			model.append("host h" + i + " { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }\n");
			model.append("vm v" + i + " { memory 2 GiB vcpus 1 mips 500 on h" + i + " }\n");
		}
		model.append("""
				network lan { bandwidth 10 Gbps latency 0.1 ms connects h1, h2, h3 }
				policy p { detector thr 0.8 }
				scenario hour { simulate using p horizon 1 h }
				sweep thresholds { scenario hour vary detector thr 0.7, thr 0.9 best minimize energy }
				""");
		Path file = Files.writeString(dir.resolve("sim.vmig"), model);
		CommandRun run = vmmig("sweep", file.toString(), "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().matches("(?s).*best \\(minimize energy\\): run [01], thr 0\\.[79], energy [0-9.]+ J\\R.*"), run.out());
		String html = Files.readString(dir.resolve("out/sim-thresholds.html"));
		String runs = html.substring(html.indexOf("<section id=\"runs\""));
		assertTrue(Pattern.compile("<td class=\"number\" title=\"[0-9.]+ J\">[0-9.]+ J</td>").matcher(runs).find(), runs);
		assertFalse(html.contains("kWh"), "no kWh in the page");
		assertTrue(Files.readAllLines(dir.resolve("out/sim-thresholds-runs.csv")).get(0).contains(",energy [J],"));
		assertTrue(Pattern.compile("\"key\": \"energyJoules\",\\s*\"label\": \"energy\",\\s*\"unit\": \"J\"")
				.matcher(Files.readString(dir.resolve("out/sim-thresholds.json"))).find(), "the JSON's energy is in J");
	}

	@Test
	void oneTwoAndFourThreadsWriteTheSameTablesByteForByte(@TempDir Path dir) throws Exception {
		Path model = Files.writeString(dir.resolve("m.vmig"), SWEEPS);
		for (String threads : List.of("1", "2", "4")) {
			CommandRun run = vmmig("sweep", model.toString(), "--threads", threads, "-o", dir.resolve("t" + threads).toString());
			assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		}
		List<String> files = names(dir.resolve("t1"));
		assertTrue(files.contains("m-rates-percentiles-makespan.csv"), files.toString());
		for (String threads : List.of("2", "4")) {
			assertEquals(files, names(dir.resolve("t" + threads)));
			for (String file : files) {
				if (!file.endsWith(".html")) { // the page names the threads it ran on; the data are the same
					assertEquals(Files.readString(dir.resolve("t1").resolve(file)),
							Files.readString(dir.resolve("t" + threads).resolve(file)), file + " with " + threads + " threads");
				}
			}
		}
	}

	@Test
	void ctrlCStopsTheSweepAndWritesAValidReportOfTheFinishedRunsMarkedPartial(@TempDir Path dir) throws Exception {
		Path model = Files.writeString(dir.resolve("big.vmig"), TOPOLOGY + """
				sweep long { scenario drain vary downtime-limit from 10 ms to 1 s step 10 ms
					uncertain dirty-rate 100 MiB/s ± 30 % samples 5000 }
				""");
		Path err = dir.resolve("err.txt");
		Process process = new ProcessBuilder(ChildJvm.vmmig(
				"sweep", model.toString(), "--threads", "2", "-o", dir.resolve("out").toString()))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (!Pattern.compile("sweep long: [0-9]+/500000 runs").matcher(read(err)).find()) {
			assertTrue(process.isAlive() && System.nanoTime() < deadline, "no progress: " + read(err));
			Thread.sleep(100);
		}
		new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "vmmig did not stop");
		assertEquals(130, process.exitValue(), read(err));
		assertTrue(read(err).contains("STOPPED: the report is partial"), read(err));
		String json = Files.readString(dir.resolve("out/big-long.json"));
		Matcher finished = Pattern.compile("\"runsFinished\": ([0-9]+)").matcher(json);
		assertTrue(json.contains("\"partial\": true") && finished.find(), json.substring(0, 400));
		int runs = Integer.parseInt(finished.group(1));
		assertTrue(runs > 0 && runs < 500_000, runs + " runs");
		assertEquals(runs + 1, Files.readAllLines(dir.resolve("out/big-long-runs.csv")).size(), "a row per finished run");
		assertTrue(Files.readString(dir.resolve("out/big-long.html")).contains("PARTIAL: the sweep was stopped"));
		assertTrue(Files.readString(dir.resolve("out/big-long.html")).trim().endsWith("</html>"), "a whole page");
	}

	@Test
	void badCommandLinesAndModelsWithoutSweepsAreClearErrors(@TempDir Path dir) throws Exception {
		Path model = Files.writeString(dir.resolve("m.vmig"), SWEEPS);
		CommandRun threads = vmmig("sweep", model.toString(), "--threads", "0");
		assertEquals(ExitCodes.USAGE_OR_IO, threads.exitCode());
		assertTrue(threads.err().contains("--threads expects at least 1, not 0"), threads.err());
		CommandRun both = vmmig("sweep", model.toString(), "--threads", "2", "--spark", "local[2]", "-o", dir.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, both.exitCode());
		assertTrue(both.err().contains("--threads and --spark: give one"), both.err());
		CommandRun noSpark = vmmig("sweep", model.toString(), "--spark", "local[2]", "-o", dir.resolve("s").toString());
		assertEquals(ExitCodes.USAGE_OR_IO, noSpark.exitCode()); // the CLI's own classpath has no Spark
		assertTrue(noSpark.err().contains("vmmig: --spark: no spark executor on the classpath"), noSpark.err());
		assertFalse(Files.exists(dir.resolve("s")), "nothing written");
		CommandRun missing = vmmig("sweep", model.toString(), "--scenario", "nope", "-o", dir.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, missing.exitCode());
		assertTrue(missing.err().contains("the models have no sweep named nope"), missing.err());
		Path huge = Files.writeString(dir.resolve("huge.vmig"), TOPOLOGY
				+ "sweep h { scenario drain vary seed from 1 to 100000 vary max-per-host from 1 to 100 }\n");
		CommandRun tooLarge = vmmig("sweep", huge.toString(), "-o", dir.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, tooLarge.exitCode());
		assertTrue(tooLarge.err().contains("huge.vmig:11:7: error: This sweep is 10000000 runs"), tooLarge.err());
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file) : "";
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

}
