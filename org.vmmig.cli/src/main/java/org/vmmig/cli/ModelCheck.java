package org.vmmig.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;

/**
 * What validate, simulate, report and the Maven plugin share: read the files and the files they import,
 * print every diagnostic of each once, tell whether errors remain anywhere in the models.
 */
public final class ModelCheck {

	private final DiagnosticFormatter formatter = new DiagnosticFormatter();

	public List<LoadedFile> load(List<Path> paths) throws InputException {
		return new ModelWorkspace().load(new InputFiles().expand(paths));
	}

	/** Diagnostics printed per file; a file with more gets a count of the rest (a hostile file could have millions). */
	static final int MAX_PRINTED_PER_FILE = 100;

	public List<LoadedFile> loadAndReport(List<Path> paths, PrintWriter err) throws InputException {
		List<LoadedFile> files = load(paths);
		for (LoadedFile file : withImports(files)) {
			print(file, err);
		}
		return files;
	}

	/** The first {@link #MAX_PRINTED_PER_FILE} diagnostics of a file, then how many more it has. */
	void print(LoadedFile file, PrintWriter err) {
		List<Diagnostic> diagnostics = file.diagnostics();
		for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(diagnostics.size(), MAX_PRINTED_PER_FILE))) {
			err.print(formatter.format(diagnostic, file.lines()));
		}
		if (diagnostics.size() > MAX_PRINTED_PER_FILE) {
			err.println(DiagnosticFormatter.visible(file.path().toString()) + ": " + (diagnostics.size() - MAX_PRINTED_PER_FILE)
					+ " more diagnostic(s) not shown; fix the ones above first");
		}
	}

	/** Diagnostics of a severity in the files and every file they import, each file counted once. */
	public static long count(List<LoadedFile> files, Diagnostic.Severity severity) {
		return withImports(files).stream().flatMap(f -> f.diagnostics().stream()).filter(d -> d.severity() == severity)
				.count();
	}

	/** The files, then the files they import that were not given themselves, each once. */
	public static List<LoadedFile> withImports(List<LoadedFile> files) {
		Set<LoadedFile> all = new LinkedHashSet<>(files);
		Deque<LoadedFile> pending = new ArrayDeque<>(files);
		while (!pending.isEmpty()) {
			for (LoadedFile imported : pending.pop().directImports()) {
				if (all.add(imported)) {
					pending.push(imported);
				}
			}
		}
		return List.copyOf(all);
	}
}
