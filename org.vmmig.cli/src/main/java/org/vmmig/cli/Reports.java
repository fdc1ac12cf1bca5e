package org.vmmig.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.report.AtomicFiles;
import org.vmmig.report.CsvRenderer;
import org.vmmig.report.HtmlRenderer;
import org.vmmig.report.JsonRenderer;
import org.vmmig.report.PlanRun;
import org.vmmig.report.PlanTables;
import org.vmmig.report.Report;
import org.vmmig.report.ReportTable;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.mapping.ScenarioRunner;
import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Plan;
import org.vmmig.report.ReportNames;

/**
 * Computes the plans of a model's scenarios and writes them as reports (HTML, CSV or JSON); what
 * {@code vmmig report}, {@code vmmig compare} and the Maven plugin's report goal share.
 */
public final class Reports {

	/** How a report is written. */
	public enum Format {
		/** One self-contained page per scenario: {@code <file>-<scenario>.html}. */
		html,
		/** One file per table: {@code <file>-<scenario>-<table>.csv}. */
		csv,
		/** One document per scenario: {@code <file>-<scenario>.report.json}. */
		json
	}

	private final MigrationModel costModel;

	public Reports(MigrationModel costModel) {
		this.costModel = costModel;
	}

	/** The scenarios of a file, in source order. */
	public static List<Scenario> scenarios(LoadedFile file) {
		return file.model() == null ? List.of()
				: file.model().getElements().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast)
						.toList();
	}

	/** The scenarios of a file the engine can plan (evacuations and predicted failures). */
	public static List<Scenario> plannableScenarios(LoadedFile file) {
		return scenarios(file).stream().filter(ScenarioRunner::canPlan).toList();
	}

	/** The plan of a scenario under its own policy. */
	public PlanRun run(Scenario scenario) {
		if (ScenarioRunner.canPlanWithTraces(scenario) && !ScenarioRunner.canPlan(scenario)) {
			Plan plan;
			try {
				plan = new ScenarioRunner(costModel).planNow(scenario);
			} catch (org.vmmig.dsl.mapping.SimulationMapper.TraceException e) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
			return new PlanRun(scenario.getName(), scenario.getAction().getPolicy().getName(), plan.evacuatedHosts(), plan);
		}
		Plan plan = new ScenarioRunner(costModel).plan(scenario);
		return new PlanRun(scenario.getName(), scenario.getAction().getPolicy().getName(), hostNames(scenario), plan);
	}

	/** What a {@code simulate} scenario needs, its traces read; an unreadable trace is the user's input error. */
	static SimulationMapper.Input timeSimulation(Path modelFile, Simulation simulation, MigrationModel model)
			throws InputException {
		try {
			return new SimulationMapper().input(simulation, model);
		} catch (SimulationMapper.TraceException e) {
			throw new InputException(modelFile + ": " + e.getMessage());
		}
	}

	/** The plan of a scenario's evacuation under another policy of the model. */
	public PlanRun run(Scenario scenario, Policy policy) {
		Model model = (Model) scenario.eResource().getContents().get(0);
		ModelMapper mapper = new ModelMapper();
		List<String> hosts = hostNames(scenario);
		Plan plan = new EvacuationPlanner(costModel).evacuate(mapper.dataCenter(model), hosts, mapper.policy(policy),
				mapper.placementRules(model, policy), mapper.limits(policy));
		return new PlanRun(scenario.getName(), policy.getName(), hosts, plan);
	}

	/** The policy of this name the model sees (its own or imported), or null. */
	public static Policy policy(Model model, String name) {
		return ModelElements.visibleFrom(model).stream().filter(Policy.class::isInstance).map(Policy.class::cast)
				.filter(p -> name.equals(p.getName())).findFirst().orElse(null);
	}

	/** The names of the policies the model sees, for messages. */
	public static List<String> policyNames(Model model) {
		return ModelElements.visibleFrom(model).stream().filter(Policy.class::isInstance)
				.map(p -> ((Policy) p).getName()).toList();
	}

	/** Writes the report of one scenario; returns the files written. */
	public List<Path> write(Path modelFile, PlanRun run, Path directory, Format format) throws IOException {
		Report report = PlanTables.scenario(modelFile.getFileName().toString(), run);
		return write(report, directory, ReportNames.stem(modelFile.getFileName().toString(), run.scenario()), format);
	}

	/** Writes a report under {@code directory} with file names starting with {@code stem}. */
	public static List<Path> write(Report report, Path directory, String stem, Format format) throws IOException {
		List<Path> written = new ArrayList<>();
		switch (format) {
		case html -> {
			Path file = directory.resolve(stem + ".html");
			AtomicFiles.write(file, new HtmlRenderer().render(report));
			written.add(file);
		}
		case json -> {
			Path file = directory.resolve(stem + ".report.json");
			AtomicFiles.write(file, new JsonRenderer().render(report));
			written.add(file);
		}
		case csv -> {
			CsvRenderer csv = new CsvRenderer();
			for (ReportTable table : report.tables()) {
				Path file = directory.resolve(stem + "-" + table.id() + ".csv");
				AtomicFiles.write(file, csv.render(table));
				written.add(file);
			}
		}
		}
		return written;
	}

	static List<String> hostNames(Scenario scenario) {
		return ScenarioRunner.hosts(scenario.getAction()).stream().map(Host::getName).toList();
	}
}
