package org.vmmig.dsl.ui.plan;

import java.util.List;

import org.vmmig.report.PlanRun;

/**
 * What simulating a model gave: the planned migrations of its scenarios (as table rows, and as the plans
 * themselves), the time simulations, each evacuation under the model's other policies, and what to tell the user.
 */
public record SimulationResult(String modelName, List<PlanRow> rows, List<String> notes, List<PlanRun> plans,
		List<TimeSimulation> timeSimulations, List<PolicyComparison> comparisons) {

	/** A {@code simulate} scenario's run over its traces. */
	public record TimeSimulation(String scenario, String policy, org.vmmig.engine.sim.SimulationResult result) {
	}

	/** An evacuation planned under each policy of the model, in the model's order (its own policy included). */
	public record PolicyComparison(String scenario, List<PlanRun> runs) {
		public PolicyComparison {
			runs = List.copyOf(runs);
		}
	}

	public SimulationResult {
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
		plans = List.copyOf(plans);
		timeSimulations = List.copyOf(timeSimulations);
		comparisons = List.copyOf(comparisons);
	}

	/** Only notes: nothing was planned (an empty model, a model with errors). */
	public SimulationResult(String modelName, List<String> notes) {
		this(modelName, List.of(), notes, List.of(), List.of(), List.of());
	}
}
