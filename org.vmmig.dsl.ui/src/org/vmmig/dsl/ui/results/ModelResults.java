package org.vmmig.dsl.ui.results;

import java.util.List;

import org.vmmig.engine.run.ScenarioResult;

/**
 * What Simulate gave for one model: every scenario's result (as the CLI computes it, through the same runner),
 * the planned migrations as table rows, each evacuation under the model's other policies, and what to tell the
 * user.
 */
public record ModelResults(String modelName, List<PlanRow> rows, List<String> notes, List<ScenarioResult> results,
		List<PolicyComparison> comparisons) {

	/** An evacuation planned under each policy of the model, in the model's order (its own policy included). */
	public record PolicyComparison(String scenario, List<ScenarioResult> runs) {
		public PolicyComparison {
			runs = List.copyOf(runs);
		}
	}

	public ModelResults {
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
		results = List.copyOf(results);
		comparisons = List.copyOf(comparisons);
	}

	/** Only notes: nothing was planned (an empty model, a model with errors). */
	public ModelResults(String modelName, List<String> notes) {
		this(modelName, List.of(), notes, List.of(), List.of());
	}

	/** The scenarios that planned moves now, in source order. */
	public List<ScenarioResult> plans() {
		return results.stream().filter(r -> !r.isTimeSimulation()).toList();
	}

	/** The time simulations, in source order. */
	public List<ScenarioResult> timeSimulations() {
		return results.stream().filter(ScenarioResult::isTimeSimulation).toList();
	}
}
