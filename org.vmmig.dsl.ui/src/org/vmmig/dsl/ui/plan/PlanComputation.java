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
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.run.ScenarioRunner.ScenarioException;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.document.ModelErrors;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.results.PlanRow;
import org.vmmig.dsl.validation.SecurityMessages;
import org.vmmig.dsl.validation.SlaMessages;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.report.Explanations;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.sla.SlaBreach;
import org.vmmig.engine.units.Formats;

import com.google.inject.Injector;

/**
 * Runs every scenario of a model's text through the {@link ScenarioRunner} the CLI uses, under the workbench's
 * run options (its preferences), and adds what the views show besides: table rows that point into the editor and
 * each evacuation under every policy of the model. Like the CLI, it does not run a model with errors. Runs in any
 * thread; checks the monitor during validation and between scenarios.
 */
public final class PlanComputation {

	private final DocumentParser parser;
	private final Injector injector;

	public PlanComputation(Injector injector) {
		this.parser = new DocumentParser(injector);
		this.injector = injector;
	}

	public ModelResults compute(String modelName, URI uri, String text, RunOptions options, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + modelName, 10);
		XtextResource resource = parser.parse(uri, text);
		progress.worked(1);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return new ModelResults(modelName, List.of("The model is empty."));
		}
		// as the CLI: a model with errors (syntax, names, units, ...) is not simulated
		long errors = ModelErrors.count(injector, resource, progress);
		if (errors > 0) {
			return new ModelResults(modelName,
					List.of("Not simulated: the model has " + errors + " error(s); see the Problems view."));
		}
		List<Scenario> scenarios = ScenarioRunner.scenarios(model);
		ModelResultsBuilder outcome = new ModelResultsBuilder();
		if (scenarios.isEmpty()) {
			outcome.notes.add("No scenario to simulate: add one, e.g. scenario drain { evacuate h1 using p }");
		}
		Map<String, Vm> vms = ModelElements.visibleFrom(model).stream().filter(Vm.class::isInstance).map(Vm.class::cast)
				.filter(vm -> vm.getName() != null).collect(Collectors.toMap(Vm::getName, Function.identity(), (a, b) -> a));
		ScenarioRunner runner = new ScenarioRunner(options);
		SubMonitor loop = progress.split(9).setWorkRemaining(Math.max(1, scenarios.size()));
		for (Scenario scenario : scenarios) {
			if (loop.isCanceled()) {
				throw new OperationCanceledException();
			}
			loop.subTask("scenario " + scenario.getName());
			run(runner, model, scenario, vms, outcome);
			loop.worked(1);
		}
		return new ModelResults(modelName, outcome.rows, outcome.notes, outcome.results, outcome.comparisons);
	}

	/** What the scenarios give, collected in source order. */
	private static final class ModelResultsBuilder {
		final List<PlanRow> rows = new ArrayList<>();
		final List<String> notes = new ArrayList<>();
		final List<ScenarioResult> results = new ArrayList<>();
		final List<ModelResults.PolicyComparison> comparisons = new ArrayList<>();
	}

	/** More policies than this and the comparison is left out: Simulate must stay quick on big models. */
	static final int MAX_COMPARED_POLICIES = 8;

	private void run(ScenarioRunner runner, Model model, Scenario scenario, Map<String, Vm> vms, ModelResultsBuilder outcome) {
		String name = "scenario " + scenario.getName();
		ScenarioResult result;
		try {
			result = runner.run(scenario);
		} catch (ScenarioException e) {
			outcome.notes.add(name + ": not simulated — " + e.getMessage());
			return;
		}
		outcome.results.add(result);
		for (SlaBreach breach : result.slaBreaches()) {
			outcome.notes.add(name + ": SLA breached — " + SlaMessages.describe(breach));
		}
		if (result.isTimeSimulation()) {
			outcome.notes.add(name + ": " + summary(result.description(), result.simulation()));
			return;
		}
		Plan plan = result.plan();
		outcome.notes.add(name + ": " + result.description() + " — " + plan.migrations().size() + " migration(s), done after "
				+ Formats.seconds(plan.makespanSeconds()) + ", total downtime " + Formats.seconds(plan.totalDowntimeSeconds())
				+ ", " + Formats.bytes(plan.totalBytes()) + " sent.");
		for (Unplaced unplaced : plan.unplaced()) {
			outcome.notes.add(name + ": vm " + unplaced.vmName() + " cannot be placed (" + Explanations.of(unplaced.refusal()) + ").");
		}
		for (Compliance unmet : result.unmetSecurity()) {
			outcome.notes.add(name + ": security requirement not met — " + SecurityMessages.describe(unmet));
		}
		for (Migration migration : plan.migrations()) {
			String breached = result.slaBreaches().stream().filter(b -> b.vm().equals(migration.vmName()))
					.map(b -> b.promise().keyword()).collect(Collectors.joining(", "));
			String unmet = result.unmetSecurity().stream().filter(c -> c.vm().equals(migration.vmName()))
					.map(c -> c.requirement().keyword()).collect(Collectors.joining(", "));
			outcome.rows.add(row(scenario.getName(), migration, vms.get(migration.vmName()), breached, unmet));
		}
		if (ScenarioRunner.plansWithoutTraces(scenario)) {
			compare(runner, model, scenario, outcome);
		}
	}

	/** The evacuation under every policy the model sees, as {@code vmmig compare} does, for the Metrics view. */
	private static void compare(ScenarioRunner runner, Model model, Scenario scenario, ModelResultsBuilder outcome) {
		List<Policy> policies = ModelElements.visibleFrom(model).stream().filter(Policy.class::isInstance)
				.map(Policy.class::cast).filter(p -> p.getName() != null).toList();
		if (policies.size() < 2 || policies.size() > MAX_COMPARED_POLICIES) {
			return;
		}
		List<ScenarioResult> runs = new ArrayList<>();
		for (Policy policy : policies) {
			try {
				runs.add(runner.runUnder(scenario, policy));
			} catch (IllegalArgumentException e) {
				// a policy the engine cannot apply to this evacuation is left out of the comparison
			}
		}
		outcome.comparisons.add(new ModelResults.PolicyComparison(scenario.getName(), runs));
	}

	private static String summary(String description, TimeSimulationResult r) {
		return String.format(java.util.Locale.ROOT,
				"%s — %.3f kWh, %d migration(s), SLATAH %.2f %%, PDM %.4f %%, downtime %s, %s moved.", description,
				r.energyJoules() / org.vmmig.engine.units.Unit.KWH.toBase(), r.migrations(), 100 * r.slatah(), 100 * r.pdm(), Formats.seconds(r.downtimeSeconds()),
				Formats.bytes(r.bytesMoved()));
	}

	private static PlanRow row(String scenario, Migration migration, Vm vm, String slaBreaches, String securityNotMet) {
		if (vm == null) {
			return new PlanRow(scenario, migration, null, 0, 0, slaBreaches, securityNotMet);
		}
		List<INode> names = NodeModelUtils.findNodesForFeature(vm, VmigPackage.Literals.ELEMENT__NAME);
		INode name = names.isEmpty() ? NodeModelUtils.getNode(vm) : names.get(0);
		return new PlanRow(scenario, migration, DocumentParser.file(vm.eResource().getURI()), name.getOffset(),
				name.getLength(), slaBreaches, securityNotMet);
	}
}
