package org.vmmig.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.vmmig.dsl.VmigStandaloneSetup;
import org.vmmig.dsl.vmig.Model;

import com.google.inject.Injector;

/**
 * The models of one CLI run, loaded together into one resource set (so references between the files
 * resolve), each validated by the language's own validator.
 */
public final class ModelWorkspace {

	/** One loaded file: its model (may be partial when it has syntax errors) and its diagnostics. */
	public record LoadedFile(Path path, Model model, List<String> lines, List<Diagnostic> diagnostics) {

		public boolean hasErrors() {
			return diagnostics.stream().anyMatch(Diagnostic::isError);
		}
	}

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private final IResourceValidator validator;

	public ModelWorkspace() {
		Injector languageInjector = injector();
		this.resourceSet = languageInjector.getInstance(XtextResourceSet.class);
		this.validator = languageInjector.getInstance(IResourceValidator.class);
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public List<LoadedFile> load(List<Path> files) {
		Map<Path, Resource> resources = new LinkedHashMap<>();
		for (Path file : files) {
			URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
			resources.put(file, resourceSet.getResource(uri, true));
		}
		EcoreUtil2.resolveAll(resourceSet);
		List<LoadedFile> loaded = new ArrayList<>();
		for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
			loaded.add(validate(entry.getKey(), entry.getValue()));
		}
		return loaded;
	}

	private LoadedFile validate(Path file, Resource resource) {
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			diagnostics.add(toDiagnostic(file, issue));
		}
		diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
		return new LoadedFile(file, model, readLines(file), diagnostics);
	}

	private static Diagnostic toDiagnostic(Path file, Issue issue) {
		Diagnostic.Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Diagnostic.Severity.ERROR;
		case WARNING -> Diagnostic.Severity.WARNING;
		default -> Diagnostic.Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int length = issue.getLength() == null ? 1 : issue.getLength();
		return new Diagnostic(file, line, column, length, severity, issue.getMessage(), issue.getCode());
	}

	private static List<String> readLines(Path file) {
		try {
			return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n", -1));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
