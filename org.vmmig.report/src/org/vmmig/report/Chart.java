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
}
