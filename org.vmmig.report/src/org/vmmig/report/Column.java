package org.vmmig.report;

import java.util.Objects;

/**
 * One column of a report table.
 *
 * @param key   stable identifier (JSON, chart specifications), e.g. {@code startSeconds}
 * @param label what people read, e.g. {@code start}
 * @param unit  the unit every value of the column is in
 */
public record Column(String key, String label, ColumnUnit unit) {

	public Column {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
	}

	/** The label with its unit, as CSV headers show it: {@code start [s]}. */
	public String header() {
		return unit.symbol().isEmpty() ? label : label + " [" + unit.symbol() + "]";
	}
}
