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
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sla.SlaBreach;
import org.vmmig.dsl.validation.SecurityMessages;
import org.vmmig.dsl.validation.SlaMessages;
import org.vmmig.engine.security.Compliance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Validates the models, computes the result of every scenario, prints a summary and writes its JSON "
				+ "document per scenario (the same as report --format json).")
public final class SimulateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "model files or directories")
	List<Path> paths;

	@Mixin
	RunOptionsMixin run;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "vmmig-out",
			description = "directory for the JSON documents (default: ${DEFAULT-VALUE})")
	Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		RunOptions options = run.options(); // a malformed option is a usage error before anything is read
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(paths, err);
			if (ModelCheck.count(files, Diagnostic.Severity.ERROR) > 0) {
				err.println("vmmig: not simulated: fix the errors above first");
				return ExitCodes.MODEL_ERRORS;
			}
			Reports.checkUniqueNames(files);
			TerminalProgress progress = new TerminalProgress(err);
			ScenarioRunner runner = new ScenarioRunner(options, progress::step);
			int scenarios = 0;
			try (StagedFiles staged = StagedFiles.in(output)) {
				for (LoadedFile file : files) {
					for (Scenario scenario : Reports.scenarios(file)) {
						progress.start("simulating " + scenario.getName() + ", step");
						ScenarioResult result;
						try {
							result = runner.run(scenario);
						} catch (ScenarioException e) {
							return ScenarioFailures.report(file, e, err);
						} finally {
							progress.done();
						}
						print(file, result, out);
						for (Path written : Reports.write(result, staged, Reports.Format.json)) {
							out.println("  report: " + written);
						}
						scenarios++;
					}
				}
				staged.commit();
			}
			if (scenarios == 0) {
				out.println("no scenario to simulate: add one, e.g. scenario drain { evacuate h1 using p }");
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

	static void print(LoadedFile file, ScenarioResult result, PrintWriter out) {
		String title = "scenario " + result.scenario() + " (" + file.path() + "): ";
		if (result.isTimeSimulation()) {
			new SimulationSummary().print(title + result.description(), result.simulation(), out);
		} else {
			new PlanSummary().print(title + result.description(), result.plan(), out);
		}
		for (SlaBreach breach : result.slaBreaches()) {
			out.println("  SLA BREACHED: " + SlaMessages.describe(breach));
		}
		for (Compliance unmet : result.unmetSecurity()) {
			out.println("  SECURITY NOT MET: " + SecurityMessages.describe(unmet));
		}
	}
}
