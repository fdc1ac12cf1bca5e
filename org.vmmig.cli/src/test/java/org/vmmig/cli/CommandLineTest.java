package org.vmmig.cli;

import static org.vmmig.cli.CommandRun.vmmig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vmmig command as a user runs it: output, diagnostics, exit codes and the files it writes. */
class CommandLineTest {

	private static final Path LAB = Path.of("..", "examples", "lab.vmig");



	@Test
	void simulatingTheBundledExamplePrintsThePlanAndWritesAJsonReport(@TempDir Path output) throws Exception {
		CommandRun run = vmmig("simulate", LAB.toString(), "--output", output.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("scenario maintenanceH1"), run.out());
		assertTrue(run.out().contains("total: 4 migration(s)"), run.out());
		Path report = output.resolve("lab-maintenanceH1.json");
		String json = Files.readString(report);
		assertTrue(json.replaceAll("\\s", "").contains("\"evacuatedHosts\":[\"h1\"]"), json);
		assertTrue(json.contains("\"feasible\": true"), json);
	}

	@Test
	void theCloudSimBaselineCanBeChosenForComparison(@TempDir Path output) throws Exception {
		CommandRun run = vmmig("simulate", LAB.toString(), "--cost-model", "cloudsim", "-o", output.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		String json = Files.readString(output.resolve("lab-maintenanceH1.json"));
		// CloudSim: 24 GiB of db1 over half the 10 Gbit/s host bandwidth (policy caps are not CloudSim's), no downtime
		assertTrue(json.contains("\"totalSeconds\": " + 24.0 * (1 << 30) / (1.25e9 / 2)), json);
		assertTrue(json.contains("\"downtimeSeconds\": 0,"), json);
	}

	@Test
	void aModelErrorIsPrintedCompilerStyleWithTheSourceLineAndACaret(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("bad.vmig");
		Files.writeString(model, "host h1 { memory 8 Gbps nic 1 Gbps }\n");
		CommandRun run = vmmig("validate", model.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertEquals(model + ":1:20: error: 'memory' expects a data size, but 'Gbps' is a data rate. [wrongDimension]\n"
				+ "  host h1 { memory 8 Gbps nic 1 Gbps }\n"
				+ "                     ^^^^\n", run.err());
		assertEquals("1 file(s) checked: 1 error(s), 0 warning(s)\n", run.out());
	}

	@Test
	void diagnosticsCanBeWrittenAsJsonJunitAndSarifForCiSystems(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("bad.vmig");
		Files.writeString(model, "host h1 { memory 8 Gbps nic 1 Gbps }\nvm \"x\" { }\n");
		CommandRun json = vmmig("validate", "--format", "json", model.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, json.exitCode());
		assertTrue(json.out().contains("\"line\": 1,\n") && json.out().contains("\"code\": \"wrongDimension\""),
				json.out());
		assertTrue(json.out().contains("\"errors\": 2"), json.out());

		CommandRun junit = vmmig("validate", "--format", "junit", model.toString());
		assertTrue(junit.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"vmmig validate\" "
				+ "tests=\"1\" failures=\"1\""), junit.out());
		assertTrue(junit.out().contains("&apos;memory&apos; expects a data size"), junit.out());

		CommandRun sarif = vmmig("validate", "--format", "sarif", model.toString());
		assertTrue(sarif.out().contains("\"version\": \"2.1.0\"") && sarif.out().contains("\"ruleId\": \"wrongDimension\"")
				&& sarif.out().contains("\"startLine\": 1"), sarif.out());
		assertEquals("", sarif.err(), "machine-readable formats keep standard error clean");
	}

	@Test
	void simulateRefusesAModelWithErrorsAndWritesNothing(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("bad.vmig");
		Files.writeString(model, "host h1 { memory 8 GiB }\n");
		Path output = dir.resolve("out");
		CommandRun run = vmmig("simulate", model.toString(), "-o", output.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertTrue(run.err().contains("error: host h1 needs 'nic'."), run.err());
		assertTrue(Files.notExists(output), "no report directory for a model with errors");
	}

	@Test
	void aMissingFileIsAnIoErrorWithoutAStackTrace() {
		CommandRun run = vmmig("validate", "no/such/model.vmig");
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertEquals("vmmig: cannot read no/such/model.vmig: no such file\n", run.err());
	}

	@Test
	void anUnknownOptionIsAUsageError() {
		CommandRun run = vmmig("validate", "--frobnicate", LAB.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().startsWith("vmmig: Unknown option: '--frobnicate'"), run.err());
	}

	@Test
	void diagnosticsAreListedInSourceOrder(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("two.vmig");
		Files.writeString(model, "host h1 { memory 8 Gbps nic 1 Gbps }\nvm a { memory 4 GiB on h2 }\n");
		String err = vmmig("validate", model.toString()).err();
		assertTrue(err.indexOf(":1:20: error") < err.indexOf(":2:24: error: Couldn't resolve reference to Host 'h2'."),
				err);
	}

	@Test
	void withoutACommandTheUsageIsShownAsAUsageError() {
		CommandRun run = vmmig();
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().startsWith("Usage: vmmig"), run.err());
	}

	@Test
	void calibrationAgainstTheBundledMeasurementsFitsAndReportsTheErrors() {
		CommandRun run = vmmig("calibrate", "../examples/measurements/qemu-query-migrate.json",
				"../examples/measurements/virsh-domjobinfo.txt", "--bandwidth", "1Gbps", "--dirty-rate", "20MiB/s");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("1 migration(s) skipped: not completed"), run.out());
		assertTrue(run.out().contains("fitted: bandwidth efficiency"), run.out());
	}

	@Test
	void calibrationRefusesABandwidthThatIsNotARate() {
		CommandRun run = vmmig("calibrate", "../examples/measurements/qemu-query-migrate.json", "--bandwidth", "1GiB");
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertEquals("vmmig: --bandwidth expects a data rate > 0, got '1GiB'\n", run.err());
	}

	@Test
	void aDirectoryIsSearchedForModels() {
		CommandRun run = vmmig("validate", LAB.getParent().toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("file(s) checked: 0 error(s)"), run.out());
	}
}
