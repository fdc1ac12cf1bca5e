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
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.cli.Reports;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.cost.MigrationModel;

/**
 * Computes the plan of every scenario of the models and writes a report per scenario, as
 * {@code vmmig report} does: one self-contained HTML page ({@code <file>-<scenario>.html}), CSV files or
 * JSON. Models with errors fail the build.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractMojo {

	/** The model files, or directories searched for .vmig files. */
	@Parameter(defaultValue = "${project.basedir}/src/main/vmig", required = true)
	List<File> models;

	/** Where the reports go. */
	@Parameter(defaultValue = "${project.build.directory}/vmmig", required = true)
	File outputDirectory;

	/** html, csv or json. */
	@Parameter(property = "vmmig.format", defaultValue = "html")
	String format;

	/** The migration cost model: live, or cloudsim (memory over half the bandwidth, for comparisons). */
	@Parameter(property = "vmmig.costModel", defaultValue = "live")
	String costModel;

	/** Skips the goal. */
	@Parameter(property = "vmmig.skip", defaultValue = "false")
	boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("vmmig: report skipped");
			return;
		}
		Reports.Format chosen = format();
		MigrationModel model = switch (costModel) {
		case "live" -> MigrationModel.live();
		case "cloudsim" -> MigrationModel.cloudSim();
		default -> throw new MojoExecutionException("vmmig: <costModel> is live or cloudsim, not '" + costModel + "'");
		};
		List<LoadedFile> files = ModelFiles.load(models, getLog());
		ModelFiles.failOnErrors(files, ": no report written");
		Reports reports = new Reports(model);
		Path directory = outputDirectory.toPath();
		int written = 0;
		try {
			for (LoadedFile file : files) {
				for (Scenario scenario : Reports.plannableScenarios(file)) {
					for (Path report : reports.write(file.path(), reports.run(scenario), directory, chosen)) {
						getLog().info("vmmig: report " + report);
						written++;
					}
				}
			}
		} catch (IOException e) {
			throw new MojoExecutionException("vmmig: cannot write the report to " + directory + ": " + e.getMessage(), e);
		}
		if (written == 0) {
			getLog().warn("vmmig: no scenario to report on in " + models);
		}
	}

	private Reports.Format format() throws MojoExecutionException {
		try {
			return Reports.Format.valueOf(format);
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("vmmig: <format> is html, csv or json, not '" + format + "'");
		}
	}
}
