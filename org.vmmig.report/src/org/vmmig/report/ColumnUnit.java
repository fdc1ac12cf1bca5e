package org.vmmig.report;

import java.math.BigDecimal;
import java.util.Locale;

import org.vmmig.engine.units.Formats;

/**
 * The unit of a report column. Values are always stored in SI base units (seconds, bytes, bytes per
 * second, joules, watts); the symbol is what CSV headers and JSON columns show, {@link #human} is what an
 * HTML table shows.
 */
public enum ColumnUnit {
	/** Names, techniques, reasons. */
	TEXT(""),
	/** Counts: migrations, rounds. */
	COUNT(""),
	/** Yes / no. */
	BOOLEAN(""),
	SECONDS("s"),
	BYTES("B"),
	BYTES_PER_SECOND("B/s"),
	JOULES("J"),
	WATTS("W"),
	/** A share between 0 and 1. */
	RATIO("1");

	private final String symbol;

	ColumnUnit(String symbol) {
		this.symbol = symbol;
	}

	/** The SI symbol, empty for text, counts and booleans. */
	public String symbol() {
		return symbol;
	}

	/** Whether the values are numbers a chart can draw. */
	public boolean numeric() {
		return this != TEXT && this != BOOLEAN;
	}

	/** A value as a person reads it: 0.35 s → "350 ms", 8589934592 B → "8.00 GiB"; null → "". */
	public String human(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return b ? "yes" : "no";
		}
		if (!(value instanceof Number number)) {
			return value.toString();
		}
		double v = number.doubleValue();
		if (!Double.isFinite(v)) {
			return "–";
		}
		return switch (this) {
		case SECONDS -> Formats.seconds(v);
		case BYTES -> Formats.bytes(v);
		case BYTES_PER_SECOND -> Formats.rate(v);
		case JOULES -> String.format(Locale.ROOT, "%.1f J", v);
		case WATTS -> String.format(Locale.ROOT, "%.1f W", v);
		case RATIO -> String.format(Locale.ROOT, "%.1f %%", v * 100);
		default -> plain(v);
		};
	}

	/**
	 * A number in full precision (the shortest decimal that reads back as the same double), never with an
	 * exponent: 3 → "3", 0.25 → "0.25", 3.7587699340204E10 → "37587699340.204"; NaN and infinities → "".
	 */
	static String plain(double v) {
		if (!Double.isFinite(v)) {
			return "";
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
	}
}
