package org.vmmig.report;

import org.vmmig.engine.run.ScenarioResult;

/** The report of one scenario's result: the plan's tables, or the time simulation's. */
public final class ResultReports {

	private ResultReports() {
	}

	public static Report of(ScenarioResult result) {
		return result.isTimeSimulation() ? SimulationTables.scenario(result) : PlanTables.scenario(result);
	}
}
