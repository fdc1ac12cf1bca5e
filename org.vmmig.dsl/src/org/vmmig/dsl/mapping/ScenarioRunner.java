package org.vmmig.dsl.mapping;

import org.eclipse.xtext.EcoreUtil2;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.cost.PreCopyModel;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Plan;

/** Computes the plan a scenario asks for, through the engine. Used by the CLI, the validator and the UI. */
public final class ScenarioRunner {

	private final ModelMapper mapper = new ModelMapper();
	private final EvacuationPlanner planner = new EvacuationPlanner(new PreCopyModel());

	/** Call on a model without validation errors; a model the engine rejects throws IllegalArgumentException. */
	public Plan plan(Scenario scenario) {
		Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
		return planner.evacuate(mapper.dataCenter(model), scenario.getHost().getName(),
				mapper.preCopy(scenario.getPolicy()));
	}
}
