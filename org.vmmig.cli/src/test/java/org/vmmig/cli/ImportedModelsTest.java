package org.vmmig.cli;

import static org.vmmig.cli.CommandRun.vmmig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model is its file and every file it imports: each file's diagnostics are reported at its own place,
 * once, and nothing is planned from a model with an error anywhere in its imports.
 */
class ImportedModelsTest {

	private static final String TOPOLOGY = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 Gbps nic 10 Gbps }
			network lan { bandwidth 10 Gbps connects h1, h2 }
			""";

	private static final String DRAIN = """
			import "topology.vmig"
			vm web { memory 8 GiB dirty-rate 50 MiB/s on h1 }
			policy p { downtime-limit 300 ms }
			scenario drain { evacuate h1 using p }
			""";



	@Test
	void validateReportsAnImportedFilesErrorAtItsOwnPlaceAndFails(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), TOPOLOGY);
		Path drain = Files.writeString(dir.resolve("drain.vmig"), DRAIN);
		CommandRun run = vmmig("validate", drain.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertEquals(dir.resolve("topology.vmig") + ":2:21: error: 'memory' expects a data size, but 'Gbps' is a data "
				+ "rate. [wrongDimension]\n"
				+ "  host h2 { memory 64 Gbps nic 10 Gbps }\n"
				+ "                      ^^^^\n", run.err());
		assertEquals("2 file(s) checked: 1 error(s), 0 warning(s)\n", run.out());
	}

	@Test
	void aSyntaxErrorInAnImportedFileIsReportedAndNothingIsPlanned(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), TOPOLOGY.replace("64 Gbps", "64 GiB").replace("h1, h2 }", "h1, h2 ]"));
		Path drain = Files.writeString(dir.resolve("drain.vmig"), DRAIN);
		CommandRun validate = vmmig("validate", drain.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, validate.exitCode());
		assertEquals(dir.resolve("topology.vmig") + ":3:49: error: mismatched input ']' expecting '}' [Syntax]\n"
				+ "  network lan { bandwidth 10 Gbps connects h1, h2 ]\n"
				+ "                                                  ^\n", validate.err());

		Path output = dir.resolve("out");
		CommandRun simulate = vmmig("simulate", drain.toString(), "-o", output.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, simulate.exitCode());
		assertEquals(validate.err() + "vmmig: not simulated: fix the errors above first\n", simulate.err());
		assertEquals("", simulate.out(), "no plan made without the network of the broken file");
		assertTrue(Files.notExists(output));
	}

	@Test
	void aFileImportedByTwoModelsIsReportedOnce(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), TOPOLOGY);
		Path drain = Files.writeString(dir.resolve("drain.vmig"), DRAIN);
		Path other = Files.writeString(dir.resolve("other.vmig"), "import \"topology.vmig\"\nimport \"drain.vmig\"\n");
		CommandRun run = vmmig("validate", drain.toString(), other.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertEquals(1, run.err().split("expects a data size", -1).length - 1, run.err());
		assertEquals("3 file(s) checked: 1 error(s), 0 warning(s)\n", run.out());

		CommandRun directory = vmmig("validate", dir.toString());
		assertEquals(1, directory.err().split("expects a data size", -1).length - 1, directory.err());
		assertEquals("3 file(s) checked: 1 error(s), 0 warning(s)\n", directory.out());
	}

	@Test
	void simulateReportAndCompareRefuseAModelWhoseImportHasAnError(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), TOPOLOGY);
		Path drain = Files.writeString(dir.resolve("drain.vmig"), DRAIN);
		Path output = dir.resolve("out");
		CommandRun simulate = vmmig("simulate", drain.toString(), "-o", output.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, simulate.exitCode(), simulate.err());
		assertTrue(simulate.err().endsWith("vmmig: not simulated: fix the errors above first\n"), simulate.err());
		CommandRun report = vmmig("report", drain.toString(), "-o", output.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, report.exitCode(), report.err());
		assertTrue(report.err().endsWith("vmmig: no report written: fix the errors above first\n"), report.err());
		CommandRun compare = vmmig("compare", drain.toString(), "--policies", "p", "-o", output.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, compare.exitCode(), compare.err());
		assertTrue(compare.err().endsWith("vmmig: not compared: fix the errors above first\n"), compare.err());
		for (CommandRun run : new CommandRun[] { simulate, report, compare }) {
			assertTrue(run.err().startsWith(dir.resolve("topology.vmig") + ":2:21: error: 'memory' expects a data size"),
					run.err());
			assertFalse(run.err().contains("Exception"), run.err());
		}
		assertTrue(Files.notExists(output), "nothing written for a broken model");
	}

	@Test
	void aNameDeclaredInTwoImportedFilesIsAnErrorNamingBoth(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("rack1.vmig"), "host h1 { memory 64 GiB nic 10 Gbps }\n");
		Files.writeString(dir.resolve("rack2.vmig"), "host h2 { memory 64 GiB nic 10 Gbps }\nhost h1 { memory 8 GiB nic 1 Gbps }\n");
		Path drain = Files.writeString(dir.resolve("drain.vmig"), "import \"rack1.vmig\"\nimport \"rack2.vmig\"\n");
		CommandRun run = vmmig("validate", drain.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertEquals(drain + ":2:8: error: Duplicate name 'h1': the host in rack1.vmig at line 1 and the host in "
				+ "rack2.vmig at line 2, both imported here. [duplicateName]\n"
				+ "  import \"rack2.vmig\"\n"
				+ "         ^^^^^^^^^^^^\n", run.err());
	}

	@Test
	void machineReadableFormatsListEachImportedFileWithItsOwnDiagnostics(@TempDir Path dir) throws Exception {
		Path topology = Files.writeString(dir.resolve("topology.vmig"), TOPOLOGY);
		Path drain = Files.writeString(dir.resolve("drain.vmig"), DRAIN);
		CommandRun json = vmmig("validate", "--format", "json", drain.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, json.exitCode());
		String compact = json.out().replaceAll("\\s", "");
		assertTrue(compact.contains("{\"file\":\"" + topology + "\",\"diagnostics\":[{\"line\":2,\"column\":21"), json.out());
		assertTrue(compact.endsWith("\"errors\":1,\"warnings\":0}"), json.out());

		CommandRun junit = vmmig("validate", "--format", "junit", drain.toString());
		assertTrue(junit.out().contains("tests=\"2\" failures=\"1\""), junit.out());
		assertTrue(junit.out().contains("<testcase classname=\"vmmig\" name=\"" + topology + "\">\n    <failure"), junit.out());

		CommandRun sarif = vmmig("validate", "--format", "sarif", drain.toString());
		String sarifCompact = sarif.out().replaceAll("\\s", "");
		assertTrue(sarifCompact.contains("\"artifactLocation\":{\"uri\":\"" + topology + "\"}"), sarif.out());
		assertTrue(sarifCompact.contains("\"startLine\":2,\"startColumn\":21"), sarif.out());
	}

	@Test
	void aDeadlineInPercentIsACleanDimensionError(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), TOPOLOGY.replace("64 Gbps", "64 GiB"));
		Path drain = Files.writeString(dir.resolve("drain.vmig"), DRAIN.replace("evacuate h1 using p",
				"evacuate h1 by 5 % using p"));
		CommandRun run = vmmig("validate", drain.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertEquals(drain + ":4:35: error: 'by' expects a duration, but '%' is a ratio. [wrongDimension]\n"
				+ "  scenario drain { evacuate h1 by 5 % using p }\n"
				+ "                                    ^\n", run.err());
	}

	@Test
	void anImportChainFiveThousandFilesDeepValidates(@TempDir Path dir) throws Exception {
		int depth = 5_000;
		Files.writeString(dir.resolve("f" + depth + ".vmig"), "host h0 { memory 64 GiB nic 10 Gbps }\n");
		for (int i = depth - 1; i >= 1; i--) {
			Files.writeString(dir.resolve("f" + i + ".vmig"),
					"import \"f" + (i + 1) + ".vmig\"\nhost h" + i + " { memory 64 GiB nic 10 Gbps }\n");
		}
		Path drain = Files.writeString(dir.resolve("drain.vmig"), """
				import "f1.vmig"
				network lan { bandwidth 10 Gbps connects h0, h1 }
				vm web { memory 8 GiB dirty-rate 50 MiB/s on h0 }
				""");
		CommandRun run = vmmig("validate", drain.toString());
		assertEquals("", run.err());
		assertEquals("5001 file(s) checked: 0 error(s), 0 warning(s)\n", run.out());
		assertEquals(ExitCodes.OK, run.exitCode());
	}
}
