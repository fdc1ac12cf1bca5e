package org.vmmig.dsl.validation;

import java.util.Optional;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.vmmig.dsl.mapping.ScenarioRunner;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.units.Formats;

/**
 * Model-based warnings computed by the engine: a scenario whose plan cannot place every VM, or whose
 * pre-copy will not converge, is flagged while the user types, before anything is simulated.
 */
public class PredictionValidator extends AbstractDeclarativeValidator {

	private final ScenarioRunner runner = new ScenarioRunner();

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into VmigValidator, not registered on its own
	}

	@Check
	public void checkScenarioPlan(Scenario scenario) {
		Optional<Plan> plan = plan(scenario);
		if (plan.isEmpty()) {
			return;
		}
		for (Unplaced unplaced : plan.get().unplaced()) {
			warning("Evacuation of " + scenario.getHost().getName() + " is infeasible: vm " + unplaced.vmName()
					+ " cannot be placed (" + unplaced.reason() + ").", scenario, Literals.SCENARIO__HOST,
					VmigIssueCodes.EVACUATION_INFEASIBLE, unplaced.vmName());
		}
		for (Migration migration : plan.get().migrations()) {
			if (!migration.estimate().converged()) {
				warning("Pre-copy of vm " + migration.vmName() + " will not converge: its dirty rate is "
						+ Formats.rate(migration.dirtyBytesPerSecond()) + " against "
						+ Formats.rate(migration.bandwidthBytesPerSecond())
						+ " usable; consider post-copy, auto-converge or a higher bandwidth cap.", scenario,
						Literals.SCENARIO__POLICY, VmigIssueCodes.NOT_CONVERGING, migration.vmName());
			}
		}
	}

	/** Empty when the model is not complete enough to plan: other validators report why. */
	private Optional<Plan> plan(Scenario scenario) {
		if (scenario.getHost() == null || scenario.getHost().eIsProxy() || scenario.getPolicy() == null
				|| scenario.getPolicy().eIsProxy()) {
			return Optional.empty();
		}
		try {
			return Optional.of(runner.plan(scenario));
		} catch (IllegalArgumentException incompleteModel) {
			return Optional.empty();
		}
	}
}
