package org.vmmig.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.vmmig.cli.Diagnostic;
import org.vmmig.cli.DiagnosticFormatter;
import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelCheck;
import org.vmmig.cli.ModelWorkspace.LoadedFile;

/**
 * What both goals do first: load the models with the CLI's classes and log every diagnostic, of the files
 * they import too (each file once).
 */
final class ModelFiles {

	private ModelFiles() {
	}

	static List<LoadedFile> load(List<File> models, Log log) throws MojoExecutionException {
		if (models == null || models.isEmpty()) {
			throw new MojoExecutionException("vmmig: no models configured: set <models> to .vmig files or directories");
		}
		try {
			List<LoadedFile> files = new ModelCheck().load(models.stream().map(File::toPath).toList());
			DiagnosticFormatter formatter = new DiagnosticFormatter();
			for (LoadedFile file : ModelCheck.withImports(files)) {
				for (Diagnostic d : file.diagnostics()) {
					String text = formatter.format(d, file.lines()).stripTrailing();
					switch (d.severity()) {
					case ERROR -> log.error(text);
					case WARNING -> log.warn(text);
					default -> log.info(text);
					}
				}
			}
			return files;
		} catch (InputException e) {
			throw new MojoExecutionException("vmmig: " + e.getMessage());
		}
	}

	static void failOnErrors(List<LoadedFile> files, String what) throws MojoFailureException {
		long errors = ModelCheck.count(files, Diagnostic.Severity.ERROR);
		if (errors > 0) {
			throw new MojoFailureException("vmmig: " + errors + " model error(s) in " + ModelCheck.withImports(files).size()
					+ " file(s)" + what);
		}
	}
}
