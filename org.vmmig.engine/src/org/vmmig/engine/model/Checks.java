package org.vmmig.engine.model;

import java.util.List;
import java.util.Objects;

/** Argument checks with messages that name the field, shared by the model records. */
final class Checks {

	private Checks() {
	}

	static String name(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " needs a name");
		}
		return value;
	}

	static double nonNegative(double value, String field) {
		if (!Double.isFinite(value) || value < 0) {
			throw new IllegalArgumentException(field + " must be a finite number >= 0, not " + value);
		}
		return value;
	}

	static double fraction(double value, String field) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(field + " must be between 0 and 1 (0 % and 100 %), not " + value);
		}
		return value;
	}

	/** An unmodifiable copy, or a message naming the field instead of a NullPointerException. */
	static <T> List<T> list(List<T> value, String field) {
		if (value == null || value.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException(field + " must be a list without empty entries");
		}
		return List.copyOf(value);
	}

	static double positive(double value, String field) {
		if (!Double.isFinite(value) || value <= 0) {
			throw new IllegalArgumentException(field + " must be a finite number > 0, not " + value);
		}
		return value;
	}
}
