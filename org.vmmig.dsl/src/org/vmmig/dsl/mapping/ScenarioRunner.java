package org.vmmig.dsl.mapping;

import org.eclipse.xtext.EcoreUtil2;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Plan;

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

	/** Call on a model without validation errors; a model the engine rejects throws IllegalArgumentException. */
	public Plan plan(Scenario scenario) {
		Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
		return planner.evacuate(mapper.dataCenter(model), scenario.getHost().getName(),
				mapper.policy(scenario.getPolicy()), mapper.placementRules(scenario.getPolicy()));
	}
}
