package org.vmmig.report;

import java.util.List;

/**
 * A report: a title, a few lines saying what it is about, and its tables in order.
 *
 * @param title    e.g. "lab.vmig — scenario maintenanceH1"
 * @param subtitle lines shown under the title (what was evacuated, under which policy)
 * @param tables   summary first
 */
public record Report(String title, List<String> subtitle, List<ReportTable> tables) {

	public Report {
		subtitle = List.copyOf(subtitle);
		tables = List.copyOf(tables);
	}

	/** The table with this id, e.g. "summary". */
	public ReportTable table(String id) {
		return tables.stream().filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no table " + id));
	}
}
