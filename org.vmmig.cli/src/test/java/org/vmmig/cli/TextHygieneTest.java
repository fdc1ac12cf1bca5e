package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever bytes a model holds, what vmmig prints stays readable, bounded and well-formed (issue 18). */
class TextHygieneTest {

	private static final String HOSTS = "host h1 { memory 8 GiB nic 1 Gbps }\n";

	@Test
	void aUtf8ByteOrderMarkIsNotPartOfTheModel(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("bom.vmig");
		Files.write(model, ("\uFEFF" + HOSTS).getBytes(StandardCharsets.UTF_8));
		CommandRun run = vmmig("validate", model.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
		Files.write(model, ("\uFEFF" + "host h1 { memory 8 Gbps nic 1 Gbps }\n").getBytes(StandardCharsets.UTF_8));
		CommandRun wrong = vmmig("validate", model.toString());
		assertTrue(wrong.err().startsWith(model + ":1:20: error: 'memory' expects a data size"), wrong.err());
		assertTrue(wrong.err().contains("\n  host h1 { memory 8 Gbps nic 1 Gbps }\n  " + " ".repeat(19) + "^^^^\n"),
				"the caret under the unit, the mark not shown: " + wrong.err());
	}

	@Test
	void escapeSequencesFromAModelNeverReachTheTerminal(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("esc.vmig");
		Files.writeString(model, HOSTS + "host \u001b[2J\u001b[1;1H0 error(s) { memory 8 GiB }\n");
		CommandRun run = vmmig("validate", model.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertFalse(run.err().contains("\u001b") || run.out().contains("\u001b"), "no raw escape: " + run.err());
		assertTrue(run.err().contains("\u241b[2J"), "shown as the control picture ␛: " + run.err());
	}

	@Test
	void aHugeLineWithManyErrorsGivesBoundedOutput(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("long.vmig");
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < 20_000; i++) { // 20,000 hosts on one 700 KB line, each with a wrong unit
			line.append("host h").append(i).append(" { memory 8 Gbps nic 1 Gbps } ");
		}
		Files.writeString(model, line + "\n");
		CommandRun run = vmmig("validate", model.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode());
		assertTrue(run.err().length() < 100_000, "bounded: " + run.err().length() + " characters");
		assertTrue(run.err().contains("19900 more diagnostic(s) not shown"), run.err().substring(run.err().length() - 300));
		String first = run.err().lines().skip(1).findFirst().orElseThrow();
		assertTrue(first.length() < 200 && first.endsWith("…"), "a window of the line around the caret: " + first);
	}

	@Test
	void junitXmlStaysWellFormedWhateverAMessageHolds(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("odd.vmig");
		Files.writeString(model, HOSTS + "vm v\uFFFE\uFFFF { memory 1 GiB on h1 }\nhost h2 { memory 8 Gbps nic 1 Gbps }\n");
		CommandRun run = vmmig("validate", "--format", "junit", model.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode(), run.err());
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))); // throws if not well-formed
	}
}
