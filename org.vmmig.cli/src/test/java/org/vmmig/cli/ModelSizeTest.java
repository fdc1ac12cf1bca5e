package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model larger than the JVM's heap can hold is refused before it is read, with what to do (issue 18 item 6);
 * tried in a child JVM with a real 64 MiB heap, so the bound on memory is the JVM's, not an estimate.
 */
class ModelSizeTest {

	private static Path hosts(Path dir, int count) throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append("host h").append(i).append(" { memory 64 GiB nic 10 Gbps }\n");
		}
		return Files.writeString(dir.resolve("hosts.vmig"), text);
	}

	@Test
	void aModelTooLargeForTheHeapIsRefusedBeforeItIsReadWithWhatToDo(@TempDir Path dir) throws Exception {
		Path model = hosts(dir, 25_000); // about 1 MB: some 100 MB of heap
		Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m", "-cp",
				System.getProperty("java.class.path"), "org.vmmig.cli.Main", "validate", model.toString())
				.redirectErrorStream(true).start();
		String said = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assertEquals(ExitCodes.USAGE_OR_IO, process.exitValue(), said);
		assertTrue(said.contains("vmmig: 1 model file(s) of 1.0 MB need about 0.1 GB of memory, more than this JVM's"),
				said);
		assertTrue(said.contains("VMMIG_JAVA_OPTS=-Xmx1g"), said);
		assertFalse(said.contains("\tat ") || said.contains("OutOfMemoryError"), said);
	}

	@Test
	void theSameModelIsReadWhenTheHeapHoldsIt(@TempDir Path dir) throws Exception {
		Path model = hosts(dir, 25_000);
		InputFiles.checkFitsInMemory(java.util.List.of(model), 200L << 20);
		InputFiles.InputException refused = org.junit.jupiter.api.Assertions.assertThrows(InputFiles.InputException.class,
				() -> InputFiles.checkFitsInMemory(java.util.List.of(model), 64L << 20));
		assertTrue(refused.getMessage().contains("of 1.0 MB need about 0.1 GB"), refused.getMessage());
	}
}
