package org.vmmig.cli;

import java.util.Locale;

import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Quantity;

/** Command-line values with units (--memory 128MiB, --dirty-rate 24MiB/s), and numbers as a model writes them. */
final class OptionValues {

	private OptionValues() {
	}

	/**
	 * The value in SI base units; anything but a finite quantity of the expected dimension, at least 0 (above 0
	 * unless {@code zeroAllowed}), is an IllegalArgumentException naming the option.
	 */
	static double quantity(String text, Dimension expected, String option, boolean zeroAllowed) {
		Quantity quantity;
		try {
			quantity = Quantity.parse(text);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(option + ": " + e.getMessage());
		}
		double value = quantity.toBase();
		if (quantity.dimension() != expected || !Double.isFinite(value) || value < 0 || !zeroAllowed && value == 0) {
			throw new IllegalArgumentException(option + " expects a " + expected.displayName()
					+ (zeroAllowed ? " >= 0" : " > 0") + ", got '" + text + "'");
		}
		return value;
	}

	/** At most one decimal, without a trailing ".0": the language's numbers (digits, '.', digits). */
	static String decimal(double value) {
		long tenths = Math.round(value * 10);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%d.%d", tenths / 10, tenths % 10);
	}
}
