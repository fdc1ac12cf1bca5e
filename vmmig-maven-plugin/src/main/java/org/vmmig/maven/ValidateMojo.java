package org.vmmig.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vmmig.cli.Diagnostic;
import org.vmmig.cli.DiagnosticsDocument;
import org.vmmig.cli.ModelCheck;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.report.AtomicFiles;

/**
 * Validates .vmig models: logs every diagnostic, writes them as JUnit XML ({@code TEST-vmmig.xml}, which CI
 * servers show as test results) and SARIF 2.1.0 ({@code vmmig.sarif}, for code-scanning services) into
 * {@code outputDirectory}, and fails the build when a model has errors.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

	/** The model files, or directories searched for .vmig files. */
	@Parameter(defaultValue = "${project.basedir}/src/main/vmig", required = true)
	List<File> models;

	/** Where the JUnit XML and SARIF files go. */
	@Parameter(defaultValue = "${project.build.directory}/vmmig", required = true)
	File outputDirectory;

	/** Whether model errors fail the build (they are written to the reports either way). */
	@Parameter(property = "vmmig.failOnError", defaultValue = "true")
	boolean failOnError;

	/** Skips the goal. */
	@Parameter(property = "vmmig.skip", defaultValue = "false")
	boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("vmmig: validation skipped");
			return;
		}
		List<LoadedFile> files = ModelFiles.load(models, getLog());
		List<LoadedFile> checked = ModelCheck.withImports(files);
		Path directory = outputDirectory.toPath();
		try {
			AtomicFiles.write(directory.resolve("TEST-vmmig.xml"),
					DiagnosticsDocument.of(DiagnosticsDocument.OutputFormat.junit).render(checked));
			AtomicFiles.write(directory.resolve("vmmig.sarif"),
					DiagnosticsDocument.of(DiagnosticsDocument.OutputFormat.sarif).render(checked));
		} catch (IOException e) {
			throw new MojoExecutionException("vmmig: cannot write the validation reports to " + directory + ": "
					+ e.getMessage(), e);
		}
		getLog().info("vmmig: " + checked.size() + " file(s) checked: " + ModelCheck.count(files, Diagnostic.Severity.ERROR)
				+ " error(s), " + ModelCheck.count(files, Diagnostic.Severity.WARNING) + " warning(s); reports in "
				+ directory);
		if (failOnError) {
			ModelFiles.failOnErrors(files, " (see " + directory.resolve("TEST-vmmig.xml") + ")");
		}
	}
}
