package org.vmmig.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One table of a report: columns with units, rows of values in SI base units (String, Number, Boolean or
 * null), and optionally how to draw it. The same table is written as CSV, JSON or HTML.
 */
public final class ReportTable {

	private final String id;
	private final String title;
	private final String description;
	private final List<Column> columns;
	private final List<List<Object>> rows;
	private final Chart chart;

	private ReportTable(Builder builder) {
		this.id = builder.id;
		this.title = builder.title;
		this.description = builder.description;
		this.columns = List.copyOf(builder.columns);
		this.rows = Collections.unmodifiableList(new ArrayList<>(builder.rows));
		this.chart = builder.chart;
	}

	public static Builder builder(String id, String title) {
		return new Builder(id, title);
	}

	/** Identifier used in file names and anchors: lower case letters, digits and dashes. */
	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	/** One sentence on what the table shows; may be empty. */
	public String description() {
		return description;
	}

	public List<Column> columns() {
		return columns;
	}

	public List<List<Object>> rows() {
		return rows;
	}

	public Optional<Chart> chart() {
		return Optional.ofNullable(chart);
	}

	/** A time series: drawn as a line chart over time. */
	public boolean isTimeSeries() {
		return chart instanceof Chart.Lines;
	}

	public int columnIndex(String key) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).key().equals(key)) {
				return i;
			}
		}
		throw new IllegalArgumentException("table " + id + " has no column " + key);
	}

	public Column column(String key) {
		return columns.get(columnIndex(key));
	}

	public static final class Builder {
		private final String id;
		private final String title;
		private String description = "";
		private final List<Column> columns = new ArrayList<>();
		private final List<List<Object>> rows = new ArrayList<>();
		private Chart chart;

		private Builder(String id, String title) {
			if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				throw new IllegalArgumentException("a table id is lower case words joined by dashes, not " + id);
			}
			this.id = id;
			this.title = title;
		}

		public Builder description(String text) {
			this.description = text;
			return this;
		}

		public Builder column(String key, String label, ColumnUnit unit) {
			columns.add(new Column(key, label, unit));
			return this;
		}

		/** One row: as many values as columns, numbers in the columns' SI units. */
		public Builder row(Object... values) {
			if (values.length != columns.size()) {
				throw new IllegalArgumentException("table " + id + " has " + columns.size() + " columns, the row has "
						+ values.length + " values");
			}
			for (int i = 0; i < values.length; i++) {
				Object v = values[i];
				if (v != null && !(v instanceof String || v instanceof Number || v instanceof Boolean)) {
					throw new IllegalArgumentException("column " + columns.get(i).key() + ": unsupported value " + v);
				}
			}
			rows.add(Collections.unmodifiableList(Arrays.asList(values.clone())));
			return this;
		}

		public Builder chart(Chart chart) {
			this.chart = chart;
			return this;
		}

		/** Marks the table as a time series: a line per column of {@code yKeys} over the column {@code xKey}. */
		public Builder timeSeries(String xKey, String... yKeys) {
			this.chart = new Chart.Lines(xKey, List.of(yKeys), List.of());
			return this;
		}

		public ReportTable build() {
			ReportTable table = new ReportTable(this);
			if (chart != null) {
				checkKeys(table, chart);
			}
			return table;
		}

		private static void checkKeys(ReportTable table, Chart chart) {
			List<String> keys = new ArrayList<>(chart.splitKeys());
			switch (chart) {
			case Chart.Timeline t -> keys.addAll(List.of(t.labelKey(), t.startKey(), t.endKey(), t.colourKey()));
			case Chart.Bars b -> {
				keys.add(b.xKey());
				keys.addAll(b.yKeys());
			}
			case Chart.Lines l -> {
				keys.add(l.xKey());
				keys.addAll(l.yKeys());
			}
			case Chart.Scatter sc -> keys.addAll(List.of(sc.xKey(), sc.yKey(), sc.highlightKey(), sc.labelKey()));
			case Chart.Bands b -> {
				keys.add(b.xKey());
				keys.addAll(b.yKeys());
			}
			case Chart.Heatmap h -> keys.addAll(List.of(h.xKey(), h.yKey(), h.valueKey()));
			}
			keys.forEach(table::columnIndex);
		}
	}
}
