package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.report.AtomicFiles;

/** Many files in one run, progress only on terminals, and no half-written files. */
class ManyFilesAndTerminalTest {

	@Test
	void aQuotedGlobIsExpandedByTheToolAtEveryDepth(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("a/b"));
		for (String name : new String[] { "top.vmig", "a/one.vmig", "a/b/two.vmig", "a/notes.txt" }) {
			Files.writeString(dir.resolve(name), "host h { memory 1 GiB nic 1 Gbps }\n");
		}
		List<Path> files = new InputFiles().expand(List.of(Path.of(dir + "/**/*.vmig")));
		assertEquals(List.of(dir.resolve("a/b/two.vmig"), dir.resolve("a/one.vmig"), dir.resolve("top.vmig")),
				files.stream().sorted().toList());
		assertEquals(List.of(dir.resolve("a/one.vmig")), new InputFiles().expand(List.of(Path.of(dir + "/a/*.vmig"))));
	}

	@Test
	void aGlobMatchingNothingIsAUsageError(@TempDir Path dir) {
		InputFiles.InputException e = assertThrows(InputFiles.InputException.class,
				() -> new InputFiles().expand(List.of(Path.of(dir + "/*.vmig"))));
		assertEquals("no file matches " + dir + "/*.vmig", e.getMessage());
	}

	@Test
	void progressIsDrawnOnATerminalAndErasedWhenDone() {
		StringWriter text = new StringWriter();
		TerminalProgress progress = new TerminalProgress(new PrintWriter(text), true);
		progress.start("simulating day, step");
		progress.step(1, 3);
		progress.step(3, 3);
		progress.done();
		String out = text.toString();
		assertTrue(out.startsWith("\rsimulating day, step: 1/3"), out);
		assertTrue(out.contains("\rsimulating day, step: 3/3"), "the last step is always shown: " + out);
		assertTrue(out.endsWith("\r"), "the line is erased at the end");
	}

	@Test
	void noProgressWhenTheOutputIsNotATerminal() {
		StringWriter text = new StringWriter();
		TerminalProgress progress = new TerminalProgress(new PrintWriter(text), false);
		progress.start("x");
		progress.step(1, 1);
		progress.done();
		assertEquals("", text.toString());
		// and the test run itself (output captured by Maven) is not a terminal
		assertFalse(TerminalProgress.isTerminal());
	}

	@Test
	void aWriteThatFailsLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
		Path target = dir.resolve("report.html");
		Files.createDirectories(target.resolve("in-the-way")); // a non-empty directory cannot be replaced
		assertThrows(java.io.IOException.class, () -> AtomicFiles.write(target, "<html></html>"));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(target), files.toList(), "only what was there before");
		}
		assertTrue(AtomicFiles.pending().isEmpty(), "nothing left for the Ctrl-C hook to clean");
	}
}
