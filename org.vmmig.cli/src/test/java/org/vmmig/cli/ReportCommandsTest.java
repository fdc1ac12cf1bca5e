package org.vmmig.cli;

import static org.vmmig.cli.CommandRun.vmmig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vmmig report and vmmig compare as a user runs them: the files they write, output, exit codes, mistakes. */
class ReportCommandsTest {

	private static final Path LAB = Path.of("..", "examples", "lab.vmig");

	private static final String TWO_POLICIES = """
			host h1 { memory 64 GiB  nic 10 Gbps }
			host h2 { memory 64 GiB  nic 10 Gbps }
			network lab { bandwidth 10 Gbps  latency 0.2 ms  connects h1, h2 }
			vm db1 { memory 24 GiB  dirty-rate 300 MiB/s  on h1 }
			vm web1 { memory 4 GiB  dirty-rate 20 MiB/s  on h1 }
			policy standard { technique pre-copy  downtime-limit 300 ms  max-rounds 30 }
			policy pull { technique post-copy }
			scenario drainH1 { evacuate h1 using standard }
			""";



	private static List<String> names(Path dir) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void reportWritesOneSelfContainedHtmlPagePerScenario(@TempDir Path output) throws Exception {
		CommandRun run = vmmig("report", LAB.toString(), "-o", output.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertEquals(List.of("lab-maintenanceH1.html"), names(output));
		assertEquals("report: " + output.resolve("lab-maintenanceH1.html") + "\n", run.out());
		String html = Files.readString(output.resolve("lab-maintenanceH1.html"));
		assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 100));
		assertTrue(html.contains("Chart.js v4"), "Chart.js inlined");
		assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "nothing loaded from the network");
		assertTrue(html.contains("<td>db1</td><td>h1</td><td>h3</td>"), html);
	}

	@Test
	void csvWritesOneFilePerTableAndJsonOneDocument(@TempDir Path output) throws Exception {
		CommandRun csv = vmmig("report", LAB.toString(), "--format", "csv", "-o", output.toString());
		assertEquals(ExitCodes.OK, csv.exitCode(), csv.err());
		CommandRun json = vmmig("report", LAB.toString(), "--format", "json", "-o", output.toString());
		assertEquals(ExitCodes.OK, json.exitCode(), json.err());
		assertEquals(List.of("lab-maintenanceH1-migrations.csv", "lab-maintenanceH1-notes.csv",
				"lab-maintenanceH1-rounds.csv", "lab-maintenanceH1-security.csv", "lab-maintenanceH1-sla.csv",
				"lab-maintenanceH1-summary.csv", "lab-maintenanceH1-unplaced.csv",
				"lab-maintenanceH1.json"), names(output));
		List<String> summary = Files.readAllLines(output.resolve("lab-maintenanceH1-summary.csv"));
		assertEquals("scenario,migrations,unplaced,makespan [s],total downtime [s],data sent [B],SLA breaches,"
				+ "security requirements unmet", summary.get(0));
		assertTrue(summary.get(1).startsWith("maintenanceH1,4,0,"), summary.get(1));
		String document = Files.readString(output.resolve("lab-maintenanceH1.json"));
		assertTrue(document.contains("\"schema\": \"vmmig-result\""), document);
		// one document for a result: simulate writes the very same bytes
		Path simulated = output.resolve("simulated");
		assertEquals(ExitCodes.OK, vmmig("simulate", LAB.toString(), "-o", simulated.toString()).exitCode());
		assertEquals(document, Files.readString(simulated.resolve("lab-maintenanceH1.json")));
	}

	@Test
	void reportFilesAreWrittenWholeAndReadableLikeAnyOtherFile(@TempDir Path output) throws Exception {
		Files.writeString(output.resolve("lab-maintenanceH1.html"), "old");
		assertEquals(ExitCodes.OK, vmmig("report", LAB.toString(), "-o", output.toString()).exitCode());
		assertEquals(List.of("lab-maintenanceH1.html"), names(output), "no temporary file left behind");
		assertTrue(Files.size(output.resolve("lab-maintenanceH1.html")) > 100_000);
		assertTrue(Files.getPosixFilePermissions(output.resolve("lab-maintenanceH1.html"))
				.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
	}

	@Test
	void compareRunsTheEvacuationsUnderEachPolicySideBySide(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("two.vmig");
		Files.writeString(model, TWO_POLICIES);
		Path output = dir.resolve("out");
		CommandRun run = vmmig("compare", model.toString(), "--policies", "standard,pull", "-o", output.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		String[] lines = run.out().split("\n");
		assertTrue(lines[0].matches("scenario +policy +migrations +unplaced +makespan +total downtime +data"), lines[0]);
		assertTrue(lines[1].matches("drainH1 +standard +2 +0 .*"), lines[1]);
		assertTrue(lines[2].matches("drainH1 +pull +2 +0 .*"), lines[2]);
		assertEquals("report: " + output.resolve("two.compare.html"), lines[3]);
		String html = Files.readString(output.resolve("two.compare.html"));
		assertTrue(html.contains("<td>drainH1</td><td>pull</td><td>db1</td>"), "per-migration rows keyed by policy");
		assertTrue(html.contains("<td>post-copy</td>") && html.contains("<td>pre-copy</td>"), "both techniques");
	}

	@Test
	void anUnknownPolicyIsAUsageErrorNamingTheKnownOnes(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("two.vmig");
		Files.writeString(model, TWO_POLICIES);
		CommandRun run = vmmig("compare", model.toString(), "--policies", "standard,turbo", "-o", dir.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertEquals("vmmig: no policy 'turbo' in " + model + " (it has: standard, pull)\n", run.err());
		CommandRun missing = vmmig("compare", model.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, missing.exitCode());
		assertTrue(missing.err().startsWith("vmmig: Missing required option: '--policies=POLICY'"), missing.err());
	}

	@Test
	void modelErrorsStopTheReportWithExitCode1(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("bad.vmig");
		Files.writeString(model, "host h1 { memory 8 Gbps nic 1 Gbps }\n");
		CommandRun report = vmmig("report", model.toString(), "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.MODEL_ERRORS, report.exitCode());
		assertTrue(report.err().endsWith("vmmig: no report written: fix the errors above first\n"), report.err());
		assertFalse(Files.exists(dir.resolve("out")));
		CommandRun compare = vmmig("compare", model.toString(), "--policies", "p");
		assertEquals(ExitCodes.MODEL_ERRORS, compare.exitCode());
	}

	@Test
	void userMistakesGetOneLineAndExitCode2NeverAStackTrace(@TempDir Path dir) throws Exception {
		CommandRun missing = vmmig("report", dir.resolve("nope.vmig").toString());
		assertEquals(ExitCodes.USAGE_OR_IO, missing.exitCode());
		assertEquals("vmmig: cannot read " + dir.resolve("nope.vmig") + ": no such file\n", missing.err());

		Path file = dir.resolve("a-file");
		Files.writeString(file, "");
		CommandRun unwritable = vmmig("report", LAB.toString(), "-o", file.resolve("sub").toString());
		assertEquals(ExitCodes.USAGE_OR_IO, unwritable.exitCode());
		assertEquals(1, unwritable.err().lines().count(), unwritable.err());
		assertTrue(unwritable.err().startsWith("vmmig: cannot write the report to " + file.resolve("sub") + ": "),
				unwritable.err());

		CommandRun format = vmmig("report", LAB.toString(), "--format", "pdf");
		assertEquals(ExitCodes.USAGE_OR_IO, format.exitCode());
		assertTrue(format.err().startsWith("vmmig: Invalid value for option '--format'"), format.err());
		assertFalse(missing.err().contains("\tat ") || unwritable.err().contains("\tat "), "no stack trace");
	}

	@Test
	void oneShotScenariosAreReportedButNotCompared(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("pack.vmig");
		Files.writeString(model, TWO_POLICIES.replace("scenario drainH1 { evacuate h1 using standard }",
				"scenario pack { rebalance using standard }"));
		CommandRun compare = vmmig("compare", model.toString(), "--policies", "pull", "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, compare.exitCode(), compare.err());
		assertTrue(compare.out().startsWith("no evacuation to compare in " + model), compare.out());
		assertFalse(Files.exists(dir.resolve("out")), "nothing written");
		CommandRun run = vmmig("report", model.toString(), "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(Files.exists(dir.resolve("out").resolve("pack-pack.html")), run.out());
	}

	@Test
	void helpDescribesBothCommands() {
		CommandRun report = vmmig("report", "--help");
		assertEquals(ExitCodes.OK, report.exitCode());
		assertTrue(report.out().contains("--format=FORMAT") && report.out().contains("html, csv, json"), report.out());
		CommandRun compare = vmmig("compare", "--help");
		assertEquals(ExitCodes.OK, compare.exitCode());
		assertTrue(compare.out().contains("--policies=POLICY"), compare.out());
		CommandRun top = vmmig("--help");
		assertTrue(top.out().contains("report") && top.out().contains("compare"), top.out());
	}
}
