package org.vmmig.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.vmmig.dsl.VmigStandaloneSetup;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.validation.VmigResourceValidator;
import org.vmmig.dsl.vmig.Model;

import com.google.inject.Injector;

/**
 * The models of one CLI run, loaded together into one resource set (so references between the files
 * resolve), with every file they import, transitively: each file is validated by the language's own
 * validator and its diagnostics are reported at its own place, once, however many files import it.
 */
public final class ModelWorkspace {

	/**
	 * One loaded file: its model (may be partial when it has syntax errors), its own diagnostics, and the files
	 * it imports (shared with the other files of the run that import them).
	 */
	public static final class LoadedFile {

		private final Path path;
		private final Model model;
		private final List<String> lines;
		private final List<Diagnostic> diagnostics;
		private final List<LoadedFile> directImports = new ArrayList<>();

		public LoadedFile(Path path, Model model, List<String> lines, List<Diagnostic> diagnostics) {
			this.path = path;
			this.model = model;
			this.lines = lines;
			this.diagnostics = diagnostics;
		}

		public Path path() {
			return path;
		}

		public Model model() {
			return model;
		}

		public List<String> lines() {
			return lines;
		}

		/** The file's own diagnostics, by line and column. */
		public List<Diagnostic> diagnostics() {
			return diagnostics;
		}

		/** The readable files this one's import statements name. */
		public List<LoadedFile> directImports() {
			return Collections.unmodifiableList(directImports);
		}

		/** The files this one imports, directly or not, each once, without itself (walked, not recursed). */
		public List<LoadedFile> imports() {
			Set<LoadedFile> seen = new LinkedHashSet<>();
			Deque<LoadedFile> pending = new ArrayDeque<>(directImports);
			while (!pending.isEmpty()) {
				LoadedFile next = pending.pop();
				if (next != this && seen.add(next)) {
					pending.addAll(next.directImports);
				}
			}
			return List.copyOf(seen);
		}

		/** Whether the model this file describes has errors: in the file itself or in a file it imports. */
		public boolean hasErrors() {
			return hasOwnErrors() || imports().stream().anyMatch(LoadedFile::hasOwnErrors);
		}

		public boolean hasOwnErrors() {
			return diagnostics.stream().anyMatch(Diagnostic::isError);
		}

		@Override
		public String toString() {
			return path.toString();
		}
	}

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private final VmigResourceValidator validator;

	public ModelWorkspace() {
		Injector languageInjector = injector();
		this.resourceSet = languageInjector.getInstance(XtextResourceSet.class);
		this.validator = languageInjector.getInstance(VmigResourceValidator.class);
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The files given, in order; the files they import are reachable through {@link LoadedFile#imports()}. */
	public List<LoadedFile> load(List<Path> files) {
		Map<Resource, Path> given = new LinkedHashMap<>();
		for (Path file : files) {
			URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
			given.putIfAbsent(resourceSet.getResource(uri, true), file);
		}
		Map<Resource, Path> closure = withImports(given);
		EcoreUtil2.resolveAll(resourceSet);
		Map<Resource, LoadedFile> loaded = new LinkedHashMap<>();
		closure.forEach((resource, path) -> loaded.put(resource, validate(path, resource)));
		loaded.forEach((resource, file) -> ModelElements.directImports(resource).stream().map(loaded::get)
				.forEach(file.directImports::add));
		return given.keySet().stream().map(loaded::get).toList();
	}

	/**
	 * The given files and every file they import, transitively, each once (loading them), with the path to
	 * show each under. One walk for all: memory and time grow with the files, not with the chains.
	 */
	private static Map<Resource, Path> withImports(Map<Resource, Path> given) {
		Map<Resource, Path> paths = new LinkedHashMap<>(given);
		for (Map.Entry<Resource, Path> root : given.entrySet()) {
			Deque<Resource> pending = new ArrayDeque<>(ModelElements.directImports(root.getKey()));
			while (!pending.isEmpty()) {
				Resource file = pending.pop();
				if (!paths.containsKey(file)) {
					paths.put(file, displayPath(file, root.getValue()));
					ModelElements.directImports(file).forEach(pending::push);
				}
			}
		}
		return paths;
	}

	/** An imported file's path as the user would write it: relative when the importing file was given so. */
	private static Path displayPath(Resource resource, Path importingRoot) {
		if (!resource.getURI().isFile()) {
			return Path.of(resource.getURI().toString());
		}
		Path absolute = Path.of(resource.getURI().toFileString()).normalize();
		if (importingRoot.isAbsolute()) {
			return absolute;
		}
		return Path.of("").toAbsolutePath().relativize(absolute);
	}

	/** The file's own diagnostics: an imported file's errors are reported at their place, not on the import. */
	private LoadedFile validate(Path file, Resource resource) {
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : validator.validateWithoutImportSummaries(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			diagnostics.add(toDiagnostic(file, issue));
		}
		diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return new LoadedFile(file, ModelElements.modelOf(resource), readLines(file), diagnostics);
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

	/** The file's lines, to show under its diagnostics; none when it cannot be read again. */
	private static List<String> readLines(Path file) {
		try {
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			// the parser skips a byte-order mark (VmigResource); so must the columns of the shown source line
			return List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1));
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
