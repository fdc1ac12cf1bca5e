package org.vmmig.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.cli.ExitCodes;
import org.vmmig.cli.Main;

/**
 * One model, one run, one answer: {@code vmmig simulate} and {@code vmmig report --format json} give, for every
 * scenario kind of the golden model and under each option set, the very documents of golden/expected — the
 * ones the Maven plugin's and the workbench's golden tests compare with too.
 */
class GoldenResultsTest {

	private static void vmmig(String command, List<String> flags, Path output, String... more) {
		List<String> args = new ArrayList<>(List.of(command, Golden.MODELS.toString()));
		args.addAll(flags);
		args.addAll(List.of(more));
		args.addAll(List.of("-o", output.toString()));
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
		assertEquals(ExitCodes.OK, code, err.toString());
	}

	@Test
	void simulateWritesTheGoldenDocumentOfEveryScenario(@TempDir Path output) throws Exception {
		for (Map.Entry<String, List<String>> set : Golden.optionSets().entrySet()) {
			Path folder = output.resolve(set.getKey());
			vmmig("simulate", set.getValue(), folder);
			assertEquals(Golden.expected(set.getKey()), Golden.documents(folder), "options " + set.getKey());
		}
	}

	@Test
	void reportAsJsonWritesTheSameDocuments(@TempDir Path output) throws Exception {
		for (Map.Entry<String, List<String>> set : Golden.optionSets().entrySet()) {
			Path folder = output.resolve(set.getKey());
			vmmig("report", set.getValue(), folder, "--format", "json");
			assertEquals(Golden.expected(set.getKey()), Golden.documents(folder), "options " + set.getKey());
		}
	}

	@Test
	void theGoldenSetCoversEveryScenarioKindAndTheOptionsChangeTheNumbers() throws Exception {
		Map<String, String> live = Golden.expected("live");
		for (String action : List.of("evacuate", "fail", "consolidate", "rebalance", "simulate")) {
			assertEquals(true, live.values().stream().anyMatch(d -> d.contains("\"action\": \"" + action + "\"")), action);
		}
		Map<String, String> cloudsim = Golden.expected("cloudsim");
		assertEquals(live.keySet(), cloudsim.keySet());
		for (String name : live.keySet()) {
			assertFalse(strip(live.get(name)).equals(strip(cloudsim.get(name))), name + " differs between the option sets");
		}
	}

	/** A document without its options block: what is left must still differ. */
	private static String strip(String document) {
		return document.replaceAll("(?s)\"options\": \\{.*?\\}", "");
	}
}
