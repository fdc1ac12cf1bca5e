package org.vmmig.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's files are read back by {@code vmmig calibrate} and {@code vmmig workload} and kept as recordings
 * (org.vmmig.cli/src/test/resources/lab-runs): QEMU's replies go through the lab's JSON unchanged, digits and
 * layout, as in the recordings made before the lab used Jackson.
 */
class LabJsonTest {

	private static final Path RUNS = Path.of(System.getProperty("vmmig.root", ".."), "org.vmmig.cli", "src", "test",
			"resources", "lab-runs");

	@Test
	void aRecordedFinalReplyIsWrittenBackByteForByte(@TempDir Path dir) throws Exception {
		for (String run : new String[] { "fx-calibrate-1", "fx-calibrate-2", "fx-calibrate-3" }) {
			String recorded = Files.readString(RUNS.resolve(run).resolve("final.json"));
			Path written = dir.resolve(run + ".json");
			LabResultWriter.writeReply(written, LabJson.MAPPER.readTree(recorded).get("return"));
			assertEquals(recorded, Files.readString(written), run);
		}
	}

	@Test
	void aPolledReplyIsOneCompactLine() throws Exception {
		String line = Files.readAllLines(RUNS.resolve("fx-calibrate-1").resolve("query-migrate.jsonl")).get(0);
		assertEquals(line, LabJson.COMPACT.writeValueAsString(LabJson.MAPPER.readTree(line)));
	}
}
