package org.vmmig.report;

import java.util.List;

/**
 * How the HTML report draws a table, besides listing it. Every chart refers to columns by key; with split
 * keys the table is drawn as one chart per distinct combination of their values (e.g. one per migration).
 */
public sealed interface Chart {

	/** Columns whose values separate the table into one chart each (empty: one chart). */
	List<String> splitKeys();

	/**
	 * A timeline (Gantt chart): one horizontal bar per row from {@code startKey} to {@code endKey}, labelled
	 * by {@code labelKey} and coloured by {@code colourKey}.
	 */
	record Timeline(String labelKey, String startKey, String endKey, String colourKey, List<String> splitKeys)
			implements Chart {
		public Timeline {
			splitKeys = List.copyOf(splitKeys);
		}
	}

	/** Vertical bars: one group per value of {@code xKey}, one bar per column of {@code yKeys}. */
	record Bars(String xKey, List<String> yKeys, List<String> splitKeys) implements Chart {
		public Bars {
			yKeys = List.copyOf(yKeys);
			splitKeys = List.copyOf(splitKeys);
		}
	}

	/** A time series: one line per column of {@code yKeys} over the numeric {@code xKey} (usually seconds). */
	record Lines(String xKey, List<String> yKeys, List<String> splitKeys) implements Chart {
		public Lines {
			yKeys = List.copyOf(yKeys);
			splitKeys = List.copyOf(splitKeys);
		}
	}

	/**
	 * Points of two numeric columns; rows whose boolean {@code highlightKey} is true (e.g. on the Pareto front) are
	 * drawn as a second, emphasised series, joined by a line. {@code labelKey} names each point in its tooltip.
	 */
	record Scatter(String xKey, String yKey, String highlightKey, String labelKey, List<String> splitKeys)
			implements Chart {
		public Scatter {
			splitKeys = List.copyOf(splitKeys);
		}
	}

	/**
	 * Percentile bands: for each value of {@code xKey} (a category), one line per column of {@code yKeys}, from the
	 * lowest percentile to the highest, the space between them shaded.
	 */
	record Bands(String xKey, List<String> yKeys, List<String> splitKeys) implements Chart {
		public Bands {
			yKeys = List.copyOf(yKeys);
			splitKeys = List.copyOf(splitKeys);
		}
	}

	/**
	 * A heatmap of a numeric column over two categorical ones: a grid of cells, one per (x, y) pair, shaded from
	 * the lowest value (light) to the highest (dark). Drawn as an HTML table, no script needed.
	 */
	record Heatmap(String xKey, String yKey, String valueKey, List<String> splitKeys) implements Chart {
		public Heatmap {
			splitKeys = List.copyOf(splitKeys);
		}
	}
}
