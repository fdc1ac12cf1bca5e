package org.vmmig.report;

import java.util.List;

import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sla.SlaBreach;

/**
 * The table of SLA breaches: every promise a plan or a simulation breaks, with the limit and the prediction —
 * in seconds for a pause or a deadline, as a share for degradation.
 */
final class SlaTable {

	private SlaTable() {
	}

	/** {@code keyed}: the rows start with the scenario and policy (a comparison). */
	static ReportTable of(List<ScenarioResult> results, boolean keyed) {
		ReportTable.Builder table = ReportTable.builder("sla", "SLA breaches")
				.description("VMs whose promise (sla { max-downtime, max-degradation, deadline }) a migration breaks: the "
						+ "limit and what is predicted (in a time simulation the worst migration, and how many broke it).");
		if (keyed) {
			table.column("scenario", "scenario", ColumnUnit.TEXT).column("policy", "policy", ColumnUnit.TEXT);
		}
		table.column("vm", "vm", ColumnUnit.TEXT)
				.column("promise", "promise", ColumnUnit.TEXT)
				.column("promisedSeconds", "promised", ColumnUnit.SECONDS)
				.column("predictedSeconds", "predicted", ColumnUnit.SECONDS)
				.column("promisedShare", "promised share", ColumnUnit.RATIO)
				.column("predictedShare", "predicted share", ColumnUnit.RATIO)
				.column("times", "migrations", ColumnUnit.COUNT);
		for (ScenarioResult result : results) {
			for (SlaBreach b : result.slaBreaches()) {
				boolean share = b.promise() == SlaBreach.Promise.MAX_DEGRADATION;
				Object[] values = { b.vm(), b.promise().keyword(), share ? null : b.promised(),
						share ? null : b.predicted(), share ? b.promised() : null, share ? b.predicted() : null, b.times() };
				if (keyed) {
					Object[] row = new Object[values.length + 2];
					row[0] = result.scenario();
					row[1] = result.policy();
					System.arraycopy(values, 0, row, 2, values.length);
					values = row;
				}
				table.row(values);
			}
		}
		return table.build();
	}
}
