package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for measurement files: objects become maps, arrays lists, numbers
 * doubles. Errors carry line and column; nesting is limited so hostile input cannot exhaust the stack.
 */
final class JsonReader {

	static final int MAX_DEPTH = 64;

	private final String file;
	private final String text;
	private int position;
	private int line = 1;
	private int column = 1;

	JsonReader(String file, String text) {
		this.file = file;
		this.text = text;
	}

	/** Every top-level value: one document, or one per line (JSON lines). */
	List<Object> readAll() throws CalibrationInputException {
		List<Object> values = new ArrayList<>();
		skipWhitespace();
		while (position < text.length()) {
			values.add(value(0));
			skipWhitespace();
		}
		if (values.isEmpty()) {
			throw error("no JSON value in the file");
		}
		return values;
	}

	private Object value(int depth) throws CalibrationInputException {
		if (depth > MAX_DEPTH) {
			throw error("nested more than " + MAX_DEPTH + " levels deep");
		}
		skipWhitespace();
		if (position >= text.length()) {
			throw error("unexpected end of file, expected a value");
		}
		char c = text.charAt(position);
		return switch (c) {
		case '{' -> object(depth);
		case '[' -> array(depth);
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> {
			if (c == '-' || (c >= '0' && c <= '9')) {
				yield number();
			}
			throw error("unexpected '" + printable(c) + "', expected a value");
		}
		};
	}

	private Map<String, Object> object(int depth) throws CalibrationInputException {
		Map<String, Object> object = new LinkedHashMap<>();
		advance(); // {
		skipWhitespace();
		if (peek() == '}') {
			advance();
			return object;
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw error("expected a quoted key");
			}
			String key = string();
			skipWhitespace();
			expect(':', "after a key");
			object.put(key, value(depth + 1));
			skipWhitespace();
			char next = peek();
			advance();
			if (next == '}') {
				return object;
			}
			if (next != ',') {
				throw errorBefore("expected ',' or '}' after a value");
			}
		}
	}

	private List<Object> array(int depth) throws CalibrationInputException {
		List<Object> array = new ArrayList<>();
		advance(); // [
		skipWhitespace();
		if (peek() == ']') {
			advance();
			return array;
		}
		while (true) {
			array.add(value(depth + 1));
			skipWhitespace();
			char next = peek();
			advance();
			if (next == ']') {
				return array;
			}
			if (next != ',') {
				throw errorBefore("expected ',' or ']' after a value");
			}
		}
	}

	private String string() throws CalibrationInputException {
		advance(); // "
		StringBuilder value = new StringBuilder();
		while (true) {
			if (position >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(position);
			advance();
			if (c == '"') {
				return value.toString();
			}
			if (c == '\n') {
				throw error("line break inside a string");
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escape = peek();
			advance();
			switch (escape) {
			case '"', '\\', '/' -> value.append(escape);
			case 'b' -> value.append('\b');
			case 'f' -> value.append('\f');
			case 'n' -> value.append('\n');
			case 'r' -> value.append('\r');
			case 't' -> value.append('\t');
			case 'u' -> {
				if (position + 4 > text.length()) {
					throw error("incomplete \\u escape");
				}
				try {
					value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
				} catch (NumberFormatException e) {
					throw error("bad \\u escape");
				}
				for (int i = 0; i < 4; i++) {
					advance();
				}
			}
			default -> throw error("unknown escape '\\" + printable(escape) + "'");
			}
		}
	}

	private Double number() throws CalibrationInputException {
		int start = position;
		while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
			advance();
		}
		String literal = text.substring(start, position);
		try {
			double value = Double.parseDouble(literal);
			if (!Double.isFinite(value)) {
				throw error("number out of range: " + literal);
			}
			return value;
		} catch (NumberFormatException e) {
			throw error("not a number: '" + literal + "'");
		}
	}

	private Object literal(String word, Object value) throws CalibrationInputException {
		if (!text.startsWith(word, position)) {
			throw error("unexpected word, expected a value");
		}
		for (int i = 0; i < word.length(); i++) {
			advance();
		}
		return value;
	}

	private void expect(char wanted, String where) throws CalibrationInputException {
		if (peek() != wanted) {
			throw error("expected '" + wanted + "' " + where);
		}
		advance();
	}

	private char peek() throws CalibrationInputException {
		if (position >= text.length()) {
			throw error("unexpected end of file");
		}
		return text.charAt(position);
	}

	private void advance() {
		if (position < text.length() && text.charAt(position) == '\n') {
			line++;
			column = 1;
		} else {
			column++;
		}
		position++;
	}

	private void skipWhitespace() {
		while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
			advance();
		}
	}

	private CalibrationInputException error(String message) {
		return new CalibrationInputException(file + ":" + line + ":" + column + ": " + message);
	}

	/** For errors found after consuming the offending character. */
	private CalibrationInputException errorBefore(String message) {
		return new CalibrationInputException(file + ":" + line + ":" + Math.max(1, column - 1) + ": " + message);
	}

	private static String printable(char c) {
		return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
	}
}
