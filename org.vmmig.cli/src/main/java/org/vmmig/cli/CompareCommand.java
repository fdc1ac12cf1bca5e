package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.report.StagedFiles;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.units.Formats;
import org.vmmig.report.PlanTables;
import org.vmmig.report.ReportNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
		description = "Plans every evacuation scenario of a model under each of the named policies, prints them side by "
				+ "side and writes an HTML comparison page (<file>.compare.html).")
public final class CompareCommand implements Callable<Integer> {

	private static final String ROW = "%-20s %-20s %10s %9s %12s %14s %12s%n";

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1", paramLabel = "PATH", description = "the model file")
	Path path;

	@Option(names = "--policies", required = true, split = ",", paramLabel = "POLICY",
			description = "the policies to compare, comma-separated, e.g. --policies standard,postcopy")
	List<String> policies;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "vmmig-out",
			description = "directory for the comparison page (default: ${DEFAULT-VALUE})")
	Path output;

	@Mixin
	RunOptionsMixin run;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		RunOptions options = run.options(); // a malformed option is a usage error before anything is read
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(List.of(path), err);
			if (files.size() != 1) {
				err.println("vmmig: compare takes one model file; " + path + " holds " + files.size());
				return ExitCodes.USAGE_OR_IO;
			}
			LoadedFile file = files.get(0);
			if (file.hasErrors()) {
				err.println("vmmig: not compared: fix the errors above first");
				return ExitCodes.MODEL_ERRORS;
			}
			List<String> names = new ArrayList<>(new LinkedHashSet<>(policies.stream().map(String::strip).toList()));
			List<Policy> chosen = new ArrayList<>();
			for (String name : names) {
				Policy policy = Reports.policy(file.model(), name);
				if (policy == null) {
					err.println("vmmig: no policy '" + name + "' in " + file.path() + " (it has: "
							+ String.join(", ", Reports.policyNames(file.model())) + ")");
					return ExitCodes.USAGE_OR_IO;
				}
				chosen.add(policy);
			}
			List<Scenario> scenarios = Reports.evacuations(file);
			if (scenarios.isEmpty()) {
				out.println("no evacuation to compare in " + file.path()
						+ ": add one, e.g. scenario drain { evacuate h1 using p }");
				return ExitCodes.OK;
			}
			ScenarioRunner runner = new ScenarioRunner(options);
			List<ScenarioResult> runs = new ArrayList<>();
			for (Scenario scenario : scenarios) {
				for (Policy policy : chosen) {
					runs.add(runner.runUnder(scenario, policy));
				}
			}
			print(runs, out);
			var report = PlanTables.comparison(file.path().getFileName().toString(), names, runs);
			List<Path> written;
			try (StagedFiles staged = StagedFiles.in(output)) {
				written = Reports.write(report, staged, ReportNames.comparison(file.path().getFileName().toString()),
						Reports.Format.html);
				staged.commit();
			}
			written.forEach(page -> out.println("report: " + page));
			return ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IllegalArgumentException e) {
			// the engine rejects a model the validator let through (ScenarioRunner#runUnder)
			err.println("vmmig: cannot plan: " + e.getMessage());
			return ExitCodes.MODEL_ERRORS;
		} catch (IOException e) {
			err.println("vmmig: cannot write the comparison to " + output + ": " + IoMessages.describe(e));
			return ExitCodes.USAGE_OR_IO;
		}
	}

	private static void print(List<ScenarioResult> runs, PrintWriter out) {
		out.printf(ROW, "scenario", "policy", "migrations", "unplaced", "makespan", "total downtime", "data");
		for (ScenarioResult run : runs) {
			var plan = run.plan();
			out.printf(ROW, run.scenario(), run.policy(), plan.migrations().size(), plan.unplaced().size(),
					Formats.seconds(plan.makespanSeconds()), Formats.seconds(plan.totalDowntimeSeconds()),
					Formats.bytes(plan.totalBytes()));
		}
	}
}
