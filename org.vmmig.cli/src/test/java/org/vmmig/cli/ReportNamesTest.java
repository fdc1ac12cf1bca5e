package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run never writes two results to one file: a clash is a usage error before anything is written. */
class ReportNamesTest {

	private static final String MODEL = """
			host h1 { memory 8 GiB nic 1 Gbps } host h2 { memory 8 GiB nic 1 Gbps }
			network lan { bandwidth 1 Gbps connects h1, h2 }
			vm v { memory 1 GiB on h1 }
			policy p { } policy q { }
			scenario %s { evacuate h1 using p }
			""";

	@Test
	void twoModelsOfTheSameNameInDifferentFoldersAreRefusedNamingBoth(@TempDir Path dir) throws Exception {
		Path a = Files.createDirectories(dir.resolve("a")).resolve("model.vmig");
		Path b = Files.createDirectories(dir.resolve("b")).resolve("model.vmig");
		Files.writeString(a, MODEL.formatted("drain"));
		Files.writeString(b, MODEL.formatted("drain"));
		Path output = dir.resolve("out");
		for (String command : new String[] { "simulate", "report" }) {
			CommandRun run = vmmig(command, a.toString(), b.toString(), "-o", output.toString());
			assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), command + ": " + run.out() + run.err());
			assertEquals("vmmig: two results would be written as 'model-drain': scenario drain of " + a
					+ " and scenario drain of " + b + "; rename one file or scenario, or run them separately with their "
					+ "own -o DIR\n", run.err());
			assertFalse(Files.exists(output), command + " wrote nothing");
		}
	}

	@Test
	void aScenarioCalledCompareNeverOverwritesTheComparisonPage(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("lab.vmig");
		Files.writeString(model, MODEL.formatted("compare"));
		Path output = dir.resolve("out");
		assertEquals(ExitCodes.OK, vmmig("report", model.toString(), "-o", output.toString()).exitCode());
		assertEquals(ExitCodes.OK,
				vmmig("compare", model.toString(), "--policies", "p,q", "-o", output.toString()).exitCode());
		assertTrue(Files.readString(output.resolve("lab-compare.html")).contains("scenario compare: evacuate h1 using p"));
		assertTrue(Files.readString(output.resolve("lab.compare.html")).contains("policies compared: p, q"));
	}
}
