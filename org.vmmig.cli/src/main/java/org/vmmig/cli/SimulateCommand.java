package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.report.AtomicFiles;
import org.vmmig.dsl.mapping.ScenarioRunner;
import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.vmig.Consolidation;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.MigrationTiming;
import org.vmmig.engine.sim.SimulationResult;
import org.vmmig.engine.sim.SimulationSettings;
import org.vmmig.engine.units.Formats;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.report.JsonReport;
import org.vmmig.report.ReportNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Validates the models, computes the plan of every scenario, prints a summary and writes a JSON report per scenario.")
public final class SimulateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "model files or directories")
	List<Path> paths;

	/** The migration cost model: the faithful one, or CloudSim's RAM / (bandwidth / 2) as a baseline. */
	enum CostModel {
		live, cloudsim;

		MigrationModel model() {
			return this == cloudsim ? MigrationModel.cloudSim() : MigrationModel.live();
		}
	}

	@Option(names = "--cost-model", paramLabel = "MODEL", defaultValue = "live",
			description = "migration cost model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
					+ "cloudsim = memory / (half the bandwidth), for comparison with CloudSim studies")
	CostModel costModel;

	@Option(names = "--cloudsim-rules", description = "time simulations follow CloudSim 4.0's rules (idle VMs end, memory "
			+ "checked only at the start, idle hosts draw nothing, steps 0.1 s after the samples) to compare with its studies")
	boolean cloudSimRules;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "vmmig-out",
			description = "directory for the JSON reports (default: ${DEFAULT-VALUE})")
	Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(paths, err);
			if (ModelCheck.count(files, Diagnostic.Severity.ERROR) > 0) {
				err.println("vmmig: not simulated: fix the errors above first");
				return ExitCodes.MODEL_ERRORS;
			}
			int scenarios = 0;
			for (LoadedFile file : files) {
				for (Scenario scenario : file.model().getElements().stream().filter(Scenario.class::isInstance)
						.map(Scenario.class::cast).toList()) {
					simulate(file, scenario, out);
					scenarios++;
				}
			}
			if (scenarios == 0) {
				out.println("no scenario to simulate: add one, e.g. scenario drain { evacuate h1 using p }");
			}
			return ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot write the report: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}

	private void simulate(LoadedFile file, Scenario scenario, PrintWriter out) throws IOException, InputException {
		String title = "scenario " + scenario.getName() + " (" + file.path() + ")";
		if (scenario.getAction() instanceof Simulation simulation) {
			simulateOverTime(file, scenario, simulation, title, out);
			return;
		}
		if (!ScenarioRunner.canPlan(scenario)) { // consolidate or rebalance: one decision now
			Plan plan;
			try {
				plan = new ScenarioRunner(costModel.model()).planNow(scenario);
			} catch (SimulationMapper.TraceException e) {
				throw new InputException(file.path() + ": " + e.getMessage());
			}
			String what = scenario.getAction() instanceof Consolidation ? "consolidate" : "rebalance";
			new PlanSummary().print(title + ": " + what + " now using " + scenario.getAction().getPolicy().getName()
					+ (plan.evacuatedHosts().isEmpty() ? "" : ", emptying " + String.join(", ", plan.evacuatedHosts())),
					plan, out);
			writePlan(file, scenario, plan, out);
			return;
		}
		Plan plan = new ScenarioRunner(costModel.model())
				.plan(scenario);
		String hosts = ScenarioRunner.hosts(scenario.getAction()).stream().map(h -> h.getName())
				.collect(java.util.stream.Collectors.joining(", "));
		new PlanSummary().print("scenario " + scenario.getName() + " (" + file.path() + "): evacuate " + hosts + " using "
				+ scenario.getAction().getPolicy().getName(), plan, out);
		writePlan(file, scenario, plan, out);
	}

	private void writePlan(LoadedFile file, Scenario scenario, Plan plan, PrintWriter out) throws IOException {
		writeJson(file, scenario, JsonReport.toJson(plan), out);
	}

	/** {@code DIR/<file>-<scenario>.json}, written whole or not at all. */
	private void writeJson(LoadedFile file, Scenario scenario, String json, PrintWriter out) throws IOException {
		Files.createDirectories(output);
		Path report = output.resolve(ReportNames.stem(file.path().getFileName().toString(), scenario.getName()) + ".json");
		AtomicFiles.write(report, json);
		out.println("  report: " + report);
	}

	private void simulateOverTime(LoadedFile file, Scenario scenario, Simulation simulation, String title, PrintWriter out)
			throws IOException, InputException {
		SimulationMapper.Input input = Reports.timeSimulation(file.path(), simulation, costModel.model());
		SimulationSettings settings = input.settings();
		if (costModel == CostModel.cloudsim) {
			settings = settings.withTiming(new MigrationTiming.CloudSim());
		}
		if (cloudSimRules) {
			settings = settings.withRules(SimulationSettings.Rules.CLOUDSIM);
		}
		TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr());
		progress.start("simulating " + scenario.getName() + ", step");
		SimulationResult result;
		try {
			result = ConsolidationSimulator.run(input.hosts(), input.vms(), settings, progress::step);
		} finally {
			progress.done();
		}
		new SimulationSummary().print(title + ": simulate " + Formats.seconds(settings.horizonSeconds()) + " in steps of "
				+ Formats.seconds(settings.intervalSeconds()) + " using " + simulation.getPolicy().getName() + " ("
				+ result.label() + ")", result, out);
		writeJson(file, scenario, JsonReport.toJson(result), out);
	}
}
