package org.vmmig.dsl.ui.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * The unit an axis is labelled in, chosen from the largest value so that its ticks read as small numbers
 * ("GiB" for memory-sized data, "min" for an hour's simulation). The chart's series keep the results' own SI
 * numbers (bytes, seconds); only the tick labels are divided by {@link #size()}.
 *
 * @param symbol what the axis title shows in brackets, e.g. "MiB"
 * @param size how many base units (bytes, seconds, …) one of it is
 */
public record AxisUnit(String symbol, double size) {

	private static final String[] BYTES = { "B", "KiB", "MiB", "GiB", "TiB" };

	/** Data sizes in IEC units, as {@code Formats.bytes} prints them (memory is sized in powers of two). */
	public static AxisUnit bytes(double max) {
		int unit = 0;
		double value = max;
		while (value >= 1024 && unit < BYTES.length - 1) {
			value /= 1024;
			unit++;
		}
		return new AxisUnit(BYTES[unit], Math.pow(1024, unit));
	}

	/** Durations: ms below a second, s up to ten minutes, min up to two hours, h beyond. */
	public static AxisUnit seconds(double max) {
		if (max < 1) {
			return new AxisUnit("ms", 1e-3);
		}
		if (max < 600) {
			return new AxisUnit("s", 1);
		}
		return max < 7200 ? new AxisUnit("min", 60) : new AxisUnit("h", 3600);
	}

	private static final String[] DECIMAL_PREFIXES = { "", "k", "M", "G", "T", "P" };

	/** An SI unit with the decimal prefix that fits the largest value: 3.6e9 J → "GJ" (energy stays in joules). */
	public static AxisUnit decimal(String symbol, double max) {
		int prefix = 0;
		double value = Math.abs(max);
		while (value >= 1000 && prefix < DECIMAL_PREFIXES.length - 1) {
			value /= 1000;
			prefix++;
		}
		return new AxisUnit(DECIMAL_PREFIXES[prefix] + symbol, Math.pow(1000, prefix));
	}

	/**
	 * A plain number (a count, SLAV): unscaled between 0.01 and a million, else in a power of ten, "×10⁻⁴", so that
	 * the ticks of tiny or huge values do not all read 0.
	 */
	public static AxisUnit number(double max) {
		double a = Math.abs(max);
		if (a == 0 || !Double.isFinite(a) || (a >= 0.01 && a < 1e6)) {
			return of("");
		}
		int exponent = (int) Math.floor(Math.log10(a));
		return new AxisUnit("×10" + superscript(exponent), Math.pow(10, exponent));
	}

	private static String superscript(int exponent) {
		StringBuilder text = new StringBuilder();
		for (char c : Integer.toString(exponent).toCharArray()) {
			text.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
		}
		return text.toString();
	}

	/** A share between 0 and 1, labelled in per cent. */
	public static AxisUnit percent() {
		return new AxisUnit("%", 0.01);
	}

	/** A unit that needs no scaling: "W", or "" for counts. */
	public static AxisUnit of(String symbol) {
		return new AxisUnit(symbol, 1);
	}

	/** An axis title: "Downtime (s)", or the quantity alone for a count. */
	public String title(String quantity) {
		return symbol.isEmpty() ? quantity : quantity + " (" + symbol + ")";
	}

	/** Formats a tick value (in base units) in this unit, with at most two decimals: 1610612736 → "1.5". */
	public Format tickFormat() {
		DecimalFormat decimals = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return new Format() {
			private static final long serialVersionUID = 1L;

			@Override
			public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
				return decimals.format(((Number) value).doubleValue() / size, to, position);
			}

			@Override
			public Object parseObject(String source, ParsePosition position) {
				Number number = decimals.parse(source, position);
				return number == null ? null : number.doubleValue() * size;
			}
		};
	}
}
