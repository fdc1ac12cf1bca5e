package org.vmmig.engine.calibration;

import java.util.List;
import java.util.Map;

/**
 * One parsed JSON value and where it starts, so that a value that is well-formed JSON but a wrong
 * measurement can still be reported at its line and column.
 *
 * @param value  {@code Map<String, Json>} (object, members in file order), {@code List<Json>} (array),
 *               {@code String}, {@code Double}, {@code Boolean}, or {@code null} for JSON null
 * @param offset where the value starts in {@code text}: line and column are counted only for a message, so
 *               that a file of one long line is still read in linear time
 */
record Json(Object value, int offset, TextPositions text) {

	int line() {
		return text.line(offset);
	}

	int column() {
		return text.column(offset);
	}

	boolean isObject() {
		return value instanceof Map<?, ?>;
	}

	boolean isArray() {
		return value instanceof List<?>;
	}

	@SuppressWarnings("unchecked") // only JsonReader builds objects, always as Map<String, Json>
	Map<String, Json> members() {
		return (Map<String, Json>) value;
	}

	@SuppressWarnings("unchecked") // only JsonReader builds arrays, always as List<Json>
	List<Json> elements() {
		return (List<Json>) value;
	}

	/** What the value is, for messages: "an object", "a string", … */
	String kind() {
		if (value == null) {
			return "null";
		}
		return switch (value) {
		case Map<?, ?> m -> "an object";
		case List<?> l -> "an array";
		case String s -> "a string";
		case Double d -> "a number";
		default -> value.toString(); // true or false
		};
	}
}
