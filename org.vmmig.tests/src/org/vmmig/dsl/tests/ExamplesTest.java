package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Every bundled example is a model a newcomer can copy: it must have no errors and no warnings. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class ExamplesTest {

	/** The tests run in org.vmmig.tests; the examples live at the top of the repository. */
	private static final Path EXAMPLES = Path.of("..", "examples");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	static List<Path> examples() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			List<Path> found = files.filter(f -> f.toString().endsWith(".vmig")).sorted().toList();
			assertFalse(found.isEmpty(), "examples/ holds .vmig files");
			return found;
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleIsCleanModel(Path example) throws IOException {
		// loaded as a file, as the CLI and the editor do, so imports and traces resolve relative to it
		Resource resource = resourceSets.get().getResource(URI.createFileURI(example.toAbsolutePath().toString()), true);
		// information (how many runs a sweep means) is not an issue
		assertEquals("", ModelTester.render(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() != org.eclipse.xtext.diagnostics.Severity.INFO).toList()),
				example + " has no issues");
	}
}
