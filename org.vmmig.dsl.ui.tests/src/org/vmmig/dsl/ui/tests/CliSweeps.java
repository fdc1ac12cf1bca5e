package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.vmmig.dsl.VmigStandaloneSetup;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.sweep.ModelSweep;
import org.vmmig.dsl.sweep.SweepRuns;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.sweep.LocalSweepExecutor;
import org.vmmig.engine.sweep.SweepResults;

import com.google.inject.Injector;

/**
 * A sweep as {@code vmmig sweep FILE --scenario S} computes it (the CLI is not an OSGi bundle, so its command is not
 * reachable from the workbench's tests; this takes its path through the language's and engine's public API): the
 * file and its imports loaded from disk under {@code file:} URIs in a standalone resource set, every file validated
 * (no errors, as the CLI requires), then {@link SweepRuns#execute} of {@link ModelSweep#of} on all cores under the
 * options of no flags ({@link RunOptions#DEFAULTS}).
 */
final class CliSweeps {

	private static Injector injector;

	private CliSweeps() {
	}

	/** The sweep's task, as the CLI makes it. */
	static ModelSweep task(Path file, String sweepName) {
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		Resource main = resources.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		EcoreUtil2.resolveAll(resources);
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		for (Resource resource : List.copyOf(resources.getResources())) {
			List<Issue> errors = validator.validate((XtextResource) resource, CheckMode.ALL, CancelIndicator.NullImpl)
					.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
			assertEquals(List.of(), errors, "the CLI runs no sweep of a model with errors: " + resource.getURI());
		}
		Sweep sweep = ModelElements.modelOf(main).getElements().stream().filter(Sweep.class::isInstance)
				.map(Sweep.class::cast).filter(s -> s.getName().equals(sweepName)).findFirst()
				.orElseThrow(() -> new AssertionError(file + " has no sweep " + sweepName));
		return ModelSweep.of(sweep, RunOptions.DEFAULTS);
	}

	/** The sweep's results, as the CLI writes them to its JSON (SweepJson) and tables (SweepTables). */
	static SweepResults run(Path file, String sweepName) {
		try (LocalSweepExecutor executor = LocalSweepExecutor.allCores()) {
			return SweepRuns.execute(task(file, sweepName), executor, outcome -> { });
		}
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
