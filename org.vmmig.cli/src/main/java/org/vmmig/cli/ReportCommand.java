package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.run.ScenarioRunner.ScenarioException;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.report.StagedFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Validates the models, computes the result of every scenario and writes a report per scenario: "
				+ "one self-contained HTML page with charts (works offline), CSV files (one per table) or the result's "
				+ "JSON document (as simulate writes it).",
				"Formats: docs/report-format.md." })
public final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "model files or directories")
	List<Path> paths;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "vmmig-out",
			description = "directory for the reports (default: ${DEFAULT-VALUE})")
	Path output;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
			description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}): <file>-<scenario>.html, "
					+ "<file>-<scenario>-<table>.csv or <file>-<scenario>.json")
	Reports.Format format;

	@Mixin
	RunOptionsMixin run;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		RunOptions options = run.options(); // a malformed option is a usage error before anything is read
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(paths, err);
			if (ModelCheck.count(files, Diagnostic.Severity.ERROR) > 0) {
				err.println("vmmig: no report written: fix the errors above first");
				return ExitCodes.MODEL_ERRORS;
			}
			Reports.checkUniqueNames(files);
			ScenarioRunner runner = new ScenarioRunner(options);
			List<Path> written = new java.util.ArrayList<>();
			try (StagedFiles staged = StagedFiles.in(output)) {
				for (LoadedFile file : files) {
					for (Scenario scenario : Reports.scenarios(file)) {
						try {
							written.addAll(Reports.write(runner.run(scenario), staged, format));
						} catch (ScenarioException e) {
							return ScenarioFailures.report(file, e, err);
						}
					}
				}
				staged.commit();
			}
			written.forEach(report -> out.println("report: " + report));
			if (written.isEmpty()) {
				out.println("no scenario to report on: add one, e.g. scenario drain { evacuate h1 using p }");
			}
			return ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot write the report to " + output + ": " + IoMessages.describe(e)
					+ "; no report of this run was written");
			return ExitCodes.USAGE_OR_IO;
		}
	}
}
