package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Broken input never crashes the language: thousands of mutations of the bundled examples (characters and
 * words deleted, duplicated, swapped, replaced by hostile text) are parsed and validated; no exception may
 * escape, and a text that does not parse always gets at least one error. Deterministic (fixed seed).
 * The test run does 2,000 cases; a longer run: {@code VMMIG_FUZZ_CASES=100000 ./run-tests}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class FuzzTest {

	private static final int CASES = Integer.parseInt(System.getenv().getOrDefault("VMMIG_FUZZ_CASES", "2000"));
	private static final String[] HOSTILE = { "}", "{", "\"", "/*", "-1", "1e999", "99999999999999999999 GiB",
			"0 ms", "\u0000", "NaN", "<script>", "on on", "GiB/s/s", ".", "%", "host", "\u2028", "9".repeat(400) };

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Test
	void mutatedModelsGetDiagnosticsAndNeverAnException() throws Exception {
		List<String> seeds = new ArrayList<>();
		for (String example : List.of("lab.vmig", "enterprise.vmig")) {
			seeds.add(Files.readString(Path.of("..", "examples", example)));
		}
		Random random = new Random(20261125);
		for (int i = 0; i < CASES; i++) {
			String mutated = mutate(seeds.get(i % seeds.size()), random);
			try {
				Resource resource = resourceSets.get().createResource(URI.createURI("case" + i + ".vmig"));
				resource.load(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)), null);
				List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
				if (!resource.getErrors().isEmpty()) {
					assertFalse(issues.stream().noneMatch(issue -> issue.getSeverity() == Severity.ERROR),
							"a text that does not parse has an error diagnostic: case " + i);
				}
			} catch (Exception | StackOverflowError e) {
				fail("case " + i + " threw " + e + " on:\n" + mutated, e);
			}
		}
	}

	private static String mutate(String text, Random random) {
		StringBuilder result = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && result.length() > 0; e++) {
			int at = random.nextInt(result.length());
			int length = Math.min(result.length() - at, 1 + random.nextInt(12));
			switch (random.nextInt(4)) {
			case 0 -> result.delete(at, at + length);
			case 1 -> result.insert(at, result.substring(at, at + length));
			case 2 -> result.replace(at, at + length, HOSTILE[random.nextInt(HOSTILE.length)]);
			default -> {
				int other = random.nextInt(result.length());
				String moved = result.substring(at, at + length);
				result.delete(at, at + length);
				result.insert(Math.min(other, result.length()), moved);
			}
			}
		}
		return result.toString();
	}
}
