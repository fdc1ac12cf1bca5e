package org.vmmig.cli;

import static org.vmmig.cli.CommandRun.vmmig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time simulations from the command line: a model's simulate scenario and the PlanetLab experiment. */
class TimeSimulationCommandsTest {

	private static final Path CONSOLIDATION = Path.of("..", "examples", "consolidation.vmig");



	@Test
	void aSimulateScenarioRunsOverItsTracesAndWritesOneSamplePerStep(@TempDir Path output) throws Exception {
		CommandRun run = vmmig("simulate", CONSOLIDATION.toString(), "-o", output.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("scenario day (" + CONSOLIDATION + "): simulate"), run.out());
		assertTrue(run.out().contains("(LR-MMT-1.2)"), run.out());
		assertTrue(run.out().matches("(?s).*energy [0-9.]+ kWh, [0-9]+ migration\\(s\\).*"), run.out());
		String json = Files.readString(output.resolve("consolidation-day.json"));
		// 24 h in 5-minute steps: steps at 300 s … 86,100 s
		assertEquals(287, json.split("\"activeHosts\"", -1).length - 1, json.substring(0, 400));
		assertTrue(json.contains("\"label\": \"LR-MMT-1.2\""), json.substring(0, 400));
	}

	@Test
	void aSimulateScenarioGetsAReportWithEnergyAndActiveHostsOverTime(@TempDir Path output) throws Exception {
		CommandRun csv = vmmig("report", CONSOLIDATION.toString(), "--format", "csv", "-o", output.toString());
		assertEquals(ExitCodes.OK, csv.exitCode(), csv.err());
		List<String> steps = Files.readAllLines(output.resolve("consolidation-day-steps.csv"));
		assertEquals(1 + 287, steps.size(), "a header and one row per step");
		assertTrue(steps.get(0).startsWith("time [s],active hosts,power [W]"), steps.get(0));
		CommandRun html = vmmig("report", CONSOLIDATION.toString(), "-o", output.toString());
		assertEquals(ExitCodes.OK, html.exitCode(), html.err());
		String page = Files.readString(output.resolve("consolidation-day.html"));
		assertTrue(page.contains("Energy and active hosts over time"));
	}

	@Test
	void aConsolidateScenarioEmptiesUnderUtilisedHostsNowAndSchedulesTheMoves(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("pack.vmig");
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 3; i++) {
			text.append("host h" + i + " { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }\n");
			text.append("vm v" + i + " { memory 2 GiB vcpus 1 mips 500 on h" + i + " }\n");
		}
		text.append("network lan { bandwidth 10 Gbps latency 0.1 ms connects h1, h2, h3 }\n");
		text.append("policy p { detector thr 0.8 }\n");
		text.append("scenario pack { consolidate using p }\n");
		Files.writeString(model, text);
		CommandRun run = vmmig("simulate", model.toString(), "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err() + run.out());
		// every host at 12.5 %: h1 (the first of the least utilised) goes onto h2, then h3 (h1 is no target)
		assertTrue(run.out().contains("consolidate emptying h1, h3 using p"), run.out());
		String json = Files.readString(dir.resolve("out").resolve("pack-pack.json"));
		assertTrue(json.replaceAll("\\s", "").contains("\"migrations\":2"), json);
		String plan = json.substring(0, json.indexOf("\"slaBreaches\"")); // the security verdicts name targets too
		assertEquals(2, plan.split("\"to\": \"h2\"", -1).length - 1, json);
	}

	@Test
	void cloudSimsRulesCanBeChosenForAModel(@TempDir Path output) {
		CommandRun run = vmmig("simulate", CONSOLIDATION.toString(), "--cloudsim-rules", "--cost-model", "cloudsim", "-o",
				output.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("downtime 0 s in total"), run.out());
		assertTrue(run.out().contains("VM(s) ended when idle (CloudSim's rule)"), run.out());
	}

	@Test
	void thePlanetLabExperimentOnConstantTracesMatchesTheClosedForm(@TempDir Path traces) throws Exception {
		String half = String.join("\n", Collections.nCopies(288, "50")) + "\n";
		for (String name : new String[] { "a", "b", "c" }) {
			Files.writeString(traces.resolve(name), half);
		}
		CommandRun run = vmmig("planetlab", traces.toString(), "--hosts", "2", "--policy", "DVFS");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		// first fit with all of their CPU: a (2500 MIPS) and b (2000) on the G5 host (2 × 2660), c (1000) on the
		// G4 (2 × 1860). At 50 %: G5 at 2250/5320, G4 at 500/3720; SPECpower interpolation; CloudSim counts
		// energy from its first step (300.1 s) to its last (86,100.1 s)
		double g5 = 110 + (116 - 110) * (2250.0 / 5320 * 10 - 4);
		double g4 = 89.4 + (92.6 - 89.4) * (500.0 / 3720 * 10 - 1);
		String kwh = String.format(java.util.Locale.ROOT, "%.2f", (g5 + g4) * 85_800 / 3.6e6);
		assertTrue(run.out().matches("(?s).*\\nDVFS +" + java.util.regex.Pattern.quote(kwh) + " +0 .*"), kwh + "\n" + run.out());
	}

	@Test
	void aPolicyNameThatIsNotOneIsAUsageError(@TempDir Path traces) throws Exception {
		Files.writeString(traces.resolve("a"), "10\n");
		CommandRun run = vmmig("planetlab", traces.toString(), "--policy", "FOO-1");
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertEquals("vmmig: 'FOO-1' is not a policy like LR-MMT-1.2, THR-MC-0.8 or DVFS\n", run.err());
	}

	@Test
	void aTraceThatIsNotATraceIsAUsageErrorNamingTheLine(@TempDir Path traces) throws Exception {
		Files.writeString(traces.resolve("broken"), "10\nlots\n");
		CommandRun run = vmmig("planetlab", traces.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().startsWith("vmmig: " + traces.resolve("broken") + ":2: not a whole percentage"), run.err());
		assertFalse(run.err().contains("lots"), run.err()); // never the line itself
	}
}
