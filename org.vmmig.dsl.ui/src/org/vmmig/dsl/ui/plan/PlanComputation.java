package org.vmmig.dsl.ui.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.mapping.ScenarioRunner;
import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.ui.editor.DocumentParser;
import org.vmmig.dsl.vmig.Action;
import org.vmmig.dsl.vmig.Consolidation;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.units.Formats;
import org.vmmig.report.PlanRun;

import com.google.inject.Injector;

/**
 * Plans every scenario of a model's text, as {@code vmmig simulate} does ({@link ScenarioRunner}'s mapping
 * and planner), with the workbench's engine preferences: the cost model, and the downtime limit of
 * policies that set none. Like the CLI, it does not simulate a model with errors. Runs in any thread; checks
 * the monitor during validation and between scenarios.
 */
public final class PlanComputation {

	private final DocumentParser parser;
	private final IResourceValidator validator;
	private final ModelMapper mapper = new ModelMapper();

	public PlanComputation(Injector injector) {
		this.parser = new DocumentParser(injector);
		this.validator = injector.getInstance(IResourceValidator.class);
	}

	public SimulationResult compute(String modelName, URI uri, String text, MigrationModel costModel,
			double defaultDowntimeLimitSeconds, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + modelName, 10);
		XtextResource resource = parser.parse(uri, text);
		progress.worked(1);
		Outcome outcome = new Outcome();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return new SimulationResult(modelName, List.of("The model is empty."));
		}
		// as the CLI: a model with errors (syntax, names, units, ...) is not simulated
		long errors;
		try {
			errors = validator.validate(resource, CheckMode.ALL, progress::isCanceled).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR).count();
		} catch (OperationCanceledError e) { // Xtext's way of saying the monitor was cancelled
			throw new OperationCanceledException();
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (errors > 0) {
			return new SimulationResult(modelName,
					List.of("Not simulated: the model has " + errors + " error(s); see the Problems view."));
		}
		List<Scenario> scenarios = model.getElements().stream().filter(Scenario.class::isInstance)
				.map(Scenario.class::cast).toList();
		if (scenarios.isEmpty()) {
			outcome.notes.add("No scenario to simulate: add one, e.g. scenario drain { evacuate h1 using p }");
		}
		Map<String, Vm> vms = ModelElements.visibleFrom(model).stream().filter(Vm.class::isInstance).map(Vm.class::cast)
				.filter(vm -> vm.getName() != null).collect(Collectors.toMap(Vm::getName, Function.identity(), (a, b) -> a));
		SubMonitor loop = progress.split(9).setWorkRemaining(Math.max(1, scenarios.size()));
		for (Scenario scenario : scenarios) {
			if (loop.isCanceled()) {
				throw new OperationCanceledException();
			}
			loop.subTask("scenario " + scenario.getName());
			plan(model, scenario, costModel, defaultDowntimeLimitSeconds, vms, outcome);
			loop.worked(1);
		}
		return new SimulationResult(modelName, outcome.rows, outcome.notes, outcome.plans, outcome.simulations,
				outcome.comparisons);
	}

	/** What the scenarios give, collected in source order. */
	private static final class Outcome {
		final List<PlanRow> rows = new ArrayList<>();
		final List<String> notes = new ArrayList<>();
		final List<PlanRun> plans = new ArrayList<>();
		final List<SimulationResult.TimeSimulation> simulations = new ArrayList<>();
		final List<SimulationResult.PolicyComparison> comparisons = new ArrayList<>();
	}

	/** More policies than this and the comparison is left out: Simulate must stay quick on big models. */
	static final int MAX_COMPARED_POLICIES = 8;

	private void plan(Model model, Scenario scenario, MigrationModel costModel, double defaultDowntime,
			Map<String, Vm> vms, Outcome outcome) {
		List<String> notes = outcome.notes;
		String name = "scenario " + scenario.getName();
		Action action = scenario.getAction();
		Policy policy = action.getPolicy();
		if (action instanceof Simulation simulation) {
			simulateOverTime(scenario.getName(), simulation, costModel, outcome);
			return;
		}
		Plan plan;
		List<String> hosts;
		try {
			if (!ScenarioRunner.canPlan(scenario)) { // consolidate or rebalance: one decision now
				plan = new ScenarioRunner(costModel).planNow(scenario);
				hosts = plan.evacuatedHosts();
				notes.add(name + ": " + (action instanceof Consolidation ? "consolidate" : "rebalance") + " now using "
						+ policy.getName() + " — " + plan.migrations().size() + " migration(s)"
						+ (plan.evacuatedHosts().isEmpty() ? "" : ", emptying " + String.join(", ", plan.evacuatedHosts()))
						+ ", done after " + Formats.seconds(plan.makespanSeconds()) + ".");
			} else {
				hosts = ScenarioRunner.hosts(action).stream().map(Host::getName).toList();
				plan = evacuate(model, hosts, policy, costModel, defaultDowntime);
				compare(model, scenario, hosts, costModel, defaultDowntime, outcome);
				notes.add(name + ": evacuate " + String.join(", ", hosts) + " using " + policy.getName() + " — "
						+ plan.migrations().size() + " migration(s), done after " + Formats.seconds(plan.makespanSeconds())
						+ ", total downtime " + Formats.seconds(plan.totalDowntimeSeconds()) + ", "
						+ Formats.bytes(plan.totalBytes()) + " sent.");
			}
		} catch (IllegalArgumentException | SimulationMapper.TraceException e) {
			notes.add(name + ": not simulated — " + e.getMessage());
			return;
		}
		for (Unplaced unplaced : plan.unplaced()) {
			notes.add(name + ": vm " + unplaced.vmName() + " cannot be placed (" + unplaced.reason() + ").");
		}
		outcome.plans.add(new PlanRun(scenario.getName(), policy.getName(), hosts, plan));
		for (Migration migration : plan.migrations()) {
			outcome.rows.add(row(scenario.getName(), migration, vms.get(migration.vmName())));
		}
	}

	private Plan evacuate(Model model, List<String> hosts, Policy policy, MigrationModel costModel, double defaultDowntime) {
		MigrationPolicy migrationPolicy = mapper.policy(policy);
		if (policy.getDowntimeLimit() == null) {
			migrationPolicy = migrationPolicy.toBuilder().downtimeLimitSeconds(defaultDowntime).build();
		}
		return new EvacuationPlanner(costModel).evacuate(mapper.dataCenter(model), hosts, migrationPolicy,
				mapper.placementRules(model, policy), mapper.limits(policy));
	}

	/** The evacuation under every policy the model sees, as {@code vmmig compare} does, for the Metrics view. */
	private void compare(Model model, Scenario scenario, List<String> hosts, MigrationModel costModel,
			double defaultDowntime, Outcome outcome) {
		List<Policy> policies = ModelElements.visibleFrom(model).stream().filter(Policy.class::isInstance)
				.map(Policy.class::cast).filter(p -> p.getName() != null).toList();
		if (policies.size() < 2 || policies.size() > MAX_COMPARED_POLICIES) {
			return;
		}
		List<PlanRun> runs = new ArrayList<>();
		for (Policy policy : policies) {
			try {
				runs.add(new PlanRun(scenario.getName(), policy.getName(), hosts,
						evacuate(model, hosts, policy, costModel, defaultDowntime)));
			} catch (IllegalArgumentException e) {
				// a policy the engine cannot apply to this evacuation is left out of the comparison
			}
		}
		outcome.comparisons.add(new SimulationResult.PolicyComparison(scenario.getName(), runs));
	}

	/** A time simulation: its totals as a note, its series for the Metrics view and the report. */
	private static void simulateOverTime(String scenario, Simulation simulation, MigrationModel costModel,
			Outcome outcome) {
		String name = "scenario " + scenario;
		List<String> notes = outcome.notes;
		try {
			SimulationMapper.Input input = new SimulationMapper().input(simulation, costModel);
			org.vmmig.engine.sim.SimulationResult r = ConsolidationSimulator.run(input.hosts(), input.vms(), input.settings());
			outcome.simulations.add(new SimulationResult.TimeSimulation(scenario, simulation.getPolicy().getName(), r));
			notes.add(String.format(java.util.Locale.ROOT,
					"%s: simulated %s using %s (%s) — %.3f kWh, %d migration(s), SLATAH %.2f %%, PDM %.4f %%, downtime %s, %s moved.",
					name, Formats.seconds(input.settings().horizonSeconds()), simulation.getPolicy().getName(), r.label(),
					r.energyKwh(), r.migrations(), 100 * r.slatah(), 100 * r.pdm(), Formats.seconds(r.downtimeSeconds()),
					Formats.bytes(r.bytesMoved())));
		} catch (SimulationMapper.TraceException | IllegalArgumentException e) {
			notes.add(name + ": not simulated — " + e.getMessage());
		}
	}

	private static PlanRow row(String scenario, Migration migration, Vm vm) {
		if (vm == null) {
			return new PlanRow(scenario, migration, null, 0, 0);
		}
		List<INode> names = NodeModelUtils.findNodesForFeature(vm, VmigPackage.Literals.ELEMENT__NAME);
		INode name = names.isEmpty() ? NodeModelUtils.getNode(vm) : names.get(0);
		return new PlanRow(scenario, migration, DocumentParser.file(vm.eResource().getURI()), name.getOffset(),
				name.getLength());
	}
}
