package org.vmmig.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;

/**
 * What validate, simulate, report and the Maven plugin share: read the files, print every diagnostic, tell
 * whether errors remain.
 */
public final class ModelCheck {

	private final DiagnosticFormatter formatter = new DiagnosticFormatter();

	public List<LoadedFile> load(List<Path> paths) throws InputException {
		return new ModelWorkspace().load(new InputFiles().expand(paths));
	}

	public List<LoadedFile> loadAndReport(List<Path> paths, PrintWriter err) throws InputException {
		List<LoadedFile> files = load(paths);
		for (LoadedFile file : files) {
			for (Diagnostic diagnostic : file.diagnostics()) {
				err.print(formatter.format(diagnostic, file.lines()));
			}
		}
		return files;
	}

	public static long count(List<LoadedFile> files, Diagnostic.Severity severity) {
		return files.stream().flatMap(f -> f.diagnostics().stream()).filter(d -> d.severity() == severity).count();
	}
}
