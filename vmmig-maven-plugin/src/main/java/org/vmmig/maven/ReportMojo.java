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
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.run.ScenarioRunner.ScenarioException;
import org.vmmig.report.StagedFiles;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.run.RunOptions;

/**
 * Computes the result of every scenario of the models — evacuations, failures, consolidation and rebalancing
 * decisions and time simulations — and writes a report per scenario, as {@code vmmig report} does, through the
 * same {@link ScenarioRunner}: one self-contained HTML page ({@code <file>-<scenario>.html}), CSV files or the
 * result's JSON document. Models with errors fail the build.
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

	/** Time simulations follow CloudSim 4.0's rules, as the CLI's --cloudsim-rules. */
	@Parameter(property = "vmmig.cloudSimRules", defaultValue = "false")
	boolean cloudSimRules;

	/** The downtime limit of policies that set none, e.g. 100ms (default: 300ms, QEMU's). */
	@Parameter(property = "vmmig.defaultDowntimeLimit")
	String defaultDowntimeLimit;

	/** The seed of every time simulation, in place of the scenarios' own. */
	@Parameter(property = "vmmig.seed")
	Long seed;

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
		ScenarioRunner runner = new ScenarioRunner(options());
		List<LoadedFile> files = ModelFiles.load(models, getLog());
		ModelFiles.failOnErrors(files, ": no report written");
		try {
			Reports.checkUniqueNames(files);
		} catch (org.vmmig.cli.InputFiles.InputException e) {
			throw new MojoFailureException("vmmig: " + e.getMessage());
		}
		Path directory = outputDirectory.toPath();
		int written = 0;
		try (StagedFiles staged = StagedFiles.in(directory)) {
			for (LoadedFile file : files) {
				for (Scenario scenario : Reports.scenarios(file)) {
					for (Path report : Reports.write(runner.run(scenario), staged, chosen)) {
						getLog().info("vmmig: report " + report);
						written++;
					}
				}
			}
			staged.commit();
		} catch (ScenarioException e) {
			throw new MojoFailureException("vmmig: cannot run a scenario: " + e.getMessage());
		} catch (IOException e) {
			throw new MojoExecutionException("vmmig: cannot write the report to " + directory + ": " + e.getMessage()
					+ "; no report of this run was written", e);
		}
		if (written == 0) {
			getLog().warn("vmmig: no scenario to report on in " + models);
		}
	}

	/** The run options of the parameters, as the CLI's flags give them. */
	RunOptions options() throws MojoExecutionException {
		return options(costModel, cloudSimRules, defaultDowntimeLimit, seed);
	}

	/** The run options of a goal's parameters (report, generate), as the CLI's flags give them. */
	static RunOptions options(String costModel, boolean cloudSimRules, String defaultDowntimeLimit, Long seed)
			throws MojoExecutionException {
		RunOptions options;
		try {
			options = RunOptions.DEFAULTS.withCostModel(RunOptions.CostModel.parse(costModel)).withCloudSimRules(cloudSimRules);
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("vmmig: <costModel> is live or cloudsim, not '" + costModel + "'");
		}
		if (defaultDowntimeLimit != null && !defaultDowntimeLimit.isBlank()) {
			options = options.withDefaultDowntimeLimitSeconds(duration(defaultDowntimeLimit));
		}
		if (seed != null) {
			options = options.withSeed(seed);
		}
		return options;
	}

	private static double duration(String text) throws MojoExecutionException {
		try {
			return RunOptions.parseDowntimeLimit(text);
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("vmmig: <defaultDowntimeLimit> " + e.getMessage());
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
