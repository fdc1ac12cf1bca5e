package org.vmmig.dsl.ui.plan;

import java.util.List;

/** What simulating a model gave: the planned migrations of its scenarios and what to tell the user. */
public record SimulationResult(String modelName, List<PlanRow> rows, List<String> notes) {

	public SimulationResult {
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
	}
}
