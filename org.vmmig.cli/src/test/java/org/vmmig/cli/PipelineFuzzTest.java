package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and odd models never crash any command (issue 18): 2,000 seeded mutants of the bundled models through
 * validation, every scenario's run, every report format and compare ({@link PipelineFuzz}). What validate accepts
 * must run. The benchmark mode runs 100,000 ({@code scripts/benchmark-fuzz}); its figure is in
 * docs/performance.md. This replaces the parser-only fuzz that org.vmmig.tests ran before.
 */
class PipelineFuzzTest {

	private static final int MUTANTS = Integer.parseInt(System.getenv().getOrDefault("VMMIG_FUZZ_CASES", "2000"));

	@Test
	void noMutantCrashesAnyCommandAndWhatValidatesRuns(@TempDir Path work) throws Exception {
		PipelineFuzz.Summary summary = new PipelineFuzz(work).run(MUTANTS, 20261202L);
		assertEquals("", summary.findings().stream().limit(5).map(PipelineFuzz.Finding::toString)
				.collect(Collectors.joining("\n\n")), summary.findings().size() + " finding(s)");
		// the fuzz reaches the running commands, not only the parser: a fifth or more of the mutants validate
		assertTrue(summary.validatedClean() >= MUTANTS / 5, summary.validatedClean() + " of " + MUTANTS + " validated");
	}
}
