package org.vmmig.engine.units;

/** A number with a unit, such as {@code 8 GiB} or {@code 300 ms}. */
public record Quantity(double value, Unit unit) {

	public Quantity {
		if (unit == null) {
			throw new IllegalArgumentException("a quantity needs a unit");
		}
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("a quantity must be a finite number, not " + value);
		}
	}

	/** The value in the base unit of its dimension. */
	public double toBase() {
		return value * unit.toBase();
	}

	public Dimension dimension() {
		return unit.dimension();
	}

	/** Parses "8 GiB", "1.5 Gbps", "300 ms", "20 %" (the space is optional). */
	public static Quantity parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("expected a quantity such as '8 GiB', got nothing");
		}
		String trimmed = text.strip();
		int split = 0;
		while (split < trimmed.length() && "0123456789.+-eE".indexOf(trimmed.charAt(split)) >= 0) {
			split++;
		}
		String number = trimmed.substring(0, split);
		String symbol = trimmed.substring(split).strip();
		double value;
		try {
			value = Double.parseDouble(number);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + text + "' does not start with a number");
		}
		Unit unit = Unit.bySymbol(symbol).orElseThrow(() -> new IllegalArgumentException(
				"unknown unit '" + symbol + "' in '" + text + "'"));
		return new Quantity(value, unit);
	}
}
