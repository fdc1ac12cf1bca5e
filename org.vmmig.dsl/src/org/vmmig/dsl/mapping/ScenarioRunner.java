package org.vmmig.dsl.mapping;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.vmmig.dsl.vmig.Action;
import org.vmmig.dsl.vmig.Evacuation;
import org.vmmig.dsl.vmig.Failure;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.units.Dimension;

/** Computes the plan a scenario asks for, through the engine. Used by the CLI, the validator and the UI. */
public final class ScenarioRunner {

	private final ModelMapper mapper = new ModelMapper();
	private final EvacuationPlanner planner;

	/** With the faithful cost model. */
	public ScenarioRunner() {
		this(MigrationModel.live());
	}

	/** With a chosen cost model, e.g. {@link MigrationModel#cloudSim()} to compare with CloudSim studies. */
	public ScenarioRunner(MigrationModel model) {
		this.planner = new EvacuationPlanner(model);
	}

	/** Whether this version of the engine can plan the scenario's action (evacuations and predicted failures). */
	public static boolean canPlan(Scenario scenario) {
		return scenario.getAction() instanceof Evacuation || scenario.getAction() instanceof Failure;
	}

	/**
	 * The plan of an evacuation or a predicted failure. Call on a model without validation errors and only
	 * when {@link #canPlan}; a model the engine rejects throws IllegalArgumentException.
	 */
	public Plan plan(Scenario scenario) {
		Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
		Action action = scenario.getAction();
		List<String> hosts = hosts(action).stream().map(Host::getName).toList();
		return planner.evacuate(mapper.dataCenter(model), hosts, mapper.policy(action.getPolicy()),
				mapper.placementRules(model, action.getPolicy()), mapper.limits(action.getPolicy()));
	}

	/** The time by which the hosts must be empty: an evacuation's deadline or a predicted failure. */
	public static Optional<Double> deadlineSeconds(Scenario scenario) {
		if (scenario.getAction() instanceof Failure failure) {
			return Optional.of(Quantities.toBase(failure.getTime(), Dimension.DURATION, 0));
		}
		if (scenario.getAction() instanceof Evacuation evacuation && evacuation.getDeadline() != null) {
			return Optional.of(Quantities.toBase(evacuation.getDeadline(), Dimension.DURATION, 0));
		}
		return Optional.empty();
	}

	public static List<Host> hosts(Action action) {
		if (action instanceof Evacuation evacuation) {
			return evacuation.getHosts();
		}
		if (action instanceof Failure failure) {
			return failure.getHosts();
		}
		return List.of();
	}
}
