package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.cli.SimulateCommand.CostModel;
import org.vmmig.report.SimulationTables;
import org.vmmig.dsl.mapping.ScenarioRunner;
import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.SimulationResult;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.report.ReportNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Validates the models, computes the plan of every scenario and writes a report per scenario: "
				+ "one self-contained HTML page with charts (works offline), CSV files (one per table) or JSON.",
				"Format of the tables: docs/report-format.md." })
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
					+ "<file>-<scenario>-<table>.csv or <file>-<scenario>.report.json")
	Reports.Format format;

	@Option(names = "--cost-model", paramLabel = "MODEL", defaultValue = "live",
			description = "migration cost model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	CostModel costModel;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(paths, err);
			if (ModelCheck.count(files, Diagnostic.Severity.ERROR) > 0) {
				err.println("vmmig: no report written: fix the errors above first");
				return ExitCodes.MODEL_ERRORS;
			}
			Reports reports = new Reports(costModel.model());
			int written = 0;
			for (LoadedFile file : files) {
				for (Scenario scenario : Reports.scenarios(file)) {
					if (scenario.getAction() instanceof Simulation simulation) {
						for (Path report : simulationReport(file, scenario, simulation)) {
							out.println("report: " + report);
							written++;
						}
						continue;
					}
					for (Path report : reports.write(file.path(), reports.run(scenario), output, format)) {
						out.println("report: " + report);
						written++;
					}
				}
			}
			if (written == 0) {
				out.println("no scenario to report on: add one, e.g. scenario drain { evacuate h1 using p }");
			}
			return ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IllegalArgumentException e) {
			// the engine rejects a model the validator let through (ScenarioRunner#plan)
			err.println("vmmig: cannot plan: " + e.getMessage());
			return ExitCodes.MODEL_ERRORS;
		} catch (IOException e) {
			err.println("vmmig: cannot write the report to " + output + ": " + IoMessages.describe(e));
			return ExitCodes.USAGE_OR_IO;
		}
	}

	private List<Path> simulationReport(LoadedFile file, Scenario scenario, Simulation simulation)
			throws IOException, InputException {
		SimulationMapper.Input input = Reports.timeSimulation(file.path(), simulation, costModel.model());
		SimulationResult result = ConsolidationSimulator.run(input.hosts(), input.vms(), input.settings());
		var report = SimulationTables.scenario(file.path().getFileName().toString(), scenario.getName(),
				simulation.getPolicy().getName(), result);
		return Reports.write(report, output, ReportNames.stem(file.path().getFileName().toString(), scenario.getName()), format);
	}
}
