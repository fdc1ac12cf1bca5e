package org.vmmig.dsl.ui.results;

import org.vmmig.engine.sweep.SweepResults;
import org.vmmig.report.Report;
import org.vmmig.report.SweepTables;

/**
 * A sweep the workbench ran: its results, computed as {@code vmmig sweep} computes them ({@code SweepRuns} on the
 * local cores), and the tables people decide from ({@link SweepTables}, the tables of the CLI's HTML, CSV and JSON),
 * made once off the UI thread. The Metrics view's sweep tab presents {@link #report()} and computes nothing.
 */
public record SweepReport(SweepResults results, Report report) {

	/** The results with their tables. */
	public static SweepReport of(SweepResults results) {
		return new SweepReport(results, SweepTables.report(results));
	}

	/** The model's file name, as in the results. */
	public String modelName() {
		return results.model();
	}
}
