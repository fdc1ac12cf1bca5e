package org.vmmig.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.run.RunOptionsSource;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Action;
import org.vmmig.dsl.vmig.Failure;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.report.Explanations;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.sla.SlaBreach;
import org.vmmig.engine.units.Formats;

import com.google.inject.Inject;

/**
 * Model-based warnings computed by the engine: a scenario whose plan cannot place every VM, whose
 * pre-copy will not converge, that ends after its deadline or predicted failure, that breaks a VM's SLA
 * promise, or that does not meet a security requirement the model requires, is flagged while the user types,
 * before anything is simulated.
 */
public class PredictionValidator extends ComposedValidator {

	/** The workbench's preferences, or the defaults headless: the checks predict what Simulate would show. */
	@Inject
	private RunOptionsSource options;

	@Check
	public void checkScenarioPlan(Scenario scenario) {
		Optional<ScenarioResult> result = result(scenario);
		if (result.isEmpty()) {
			return;
		}
		Plan plan = result.get().plan();
		Action action = scenario.getAction();
		EStructuralFeature hostsFeature = action instanceof Failure ? Literals.FAILURE__HOSTS : Literals.EVACUATION__HOSTS;
		String hosts = ScenarioRunner.hosts(action).stream().map(Host::getName).collect(Collectors.joining(", "));
		for (Unplaced unplaced : plan.unplaced()) {
			warning("Evacuation of " + hosts + " is infeasible: vm " + unplaced.vmName() + " cannot be placed ("
					+ Explanations.of(unplaced.refusal()) + ").", action, hostsFeature, 0, VmigIssueCodes.EVACUATION_INFEASIBLE,
					unplaced.vmName());
		}
		for (Migration migration : plan.migrations()) {
			if (!migration.estimate().converged()) {
				warning("Pre-copy of vm " + migration.vmName() + " will not converge: its dirty rate is "
						+ Formats.rate(migration.dirtyBytesPerSecond()) + " against "
						+ Formats.rate(migration.bandwidthBytesPerSecond())
						+ " usable; consider post-copy, auto-converge or a higher bandwidth cap.", action,
						Literals.ACTION__POLICY, VmigIssueCodes.NOT_CONVERGING, migration.vmName());
			}
		}
		deadlineSeconds(scenario).ifPresent(deadline -> checkDeadline(action, plan, deadline));
		for (SlaBreach breach : result.get().slaBreaches()) {
			warning(SlaMessages.describe(breach), action, Literals.ACTION__POLICY, SlaMessages.issueCode(breach.promise()),
					breach.vm());
		}
		checkSecurity(action, result.get());
	}

	/**
	 * One warning per unmet required requirement, reason and need, naming every migration it concerns; its data are
	 * the reason's keyword (quick fixes choose by it) and the VMs.
	 */
	private void checkSecurity(Action action, ScenarioResult result) {
		Map<List<Object>, List<Compliance>> groups = result.unmetSecurity().stream()
				.collect(Collectors.groupingBy(c -> List.of(c.reason(), c.need()), LinkedHashMap::new, Collectors.toList()));
		for (List<Compliance> same : groups.values()) {
			Compliance first = same.get(0);
			List<String> data = new ArrayList<>(List.of(first.reason().keyword()));
			same.forEach(c -> data.add(c.vm()));
			warning(SecurityMessages.describe(same), action, Literals.ACTION__POLICY,
					SecurityMessages.issueCode(first.requirement()), data.toArray(String[]::new));
		}
	}

	/** Empty also when the deadline or failure time is not a duration: QuantityValidator reports that. */
	private static Optional<Double> deadlineSeconds(Scenario scenario) {
		try {
			return ScenarioRunner.deadlineSeconds(scenario);
		} catch (IllegalArgumentException notADuration) {
			return Optional.empty();
		}
	}

	private void checkDeadline(Action action, Plan plan, double deadline) {
		List<String> late = plan.migrations().stream().filter(m -> m.endSeconds() > deadline).map(Migration::vmName)
				.toList();
		if (late.isEmpty()) {
			return;
		}
		String when = action instanceof Failure ? "the predicted failure" : "the deadline";
		EStructuralFeature feature = action instanceof Failure ? Literals.FAILURE__TIME : Literals.EVACUATION__DEADLINE;
		warning(late.size() + " VM(s) would still be moving at " + when + " (" + Formats.seconds(deadline)
				+ "; the plan takes " + Formats.seconds(plan.makespanSeconds()) + "): " + String.join(", ", late)
				+ ". Consider more bandwidth, post-copy or moving the largest VMs elsewhere first.", action, feature,
				VmigIssueCodes.DEADLINE_MISSED);
	}

	/** Empty when the engine cannot plan this action yet or the model is incomplete: other validators say why. */
	private Optional<ScenarioResult> result(Scenario scenario) {
		if (!ScenarioRunner.plansWithoutTraces(scenario)) {
			return Optional.empty();
		}
		Action action = scenario.getAction();
		if (action.getPolicy() == null || action.getPolicy().eIsProxy()
				|| ScenarioRunner.hosts(action).stream().anyMatch(Host::eIsProxy)) {
			return Optional.empty();
		}
		try {
			return Optional.of(options.runner().runUnder(scenario, action.getPolicy()));
		} catch (IllegalArgumentException incompleteModel) {
			return Optional.empty();
		}
	}
}
