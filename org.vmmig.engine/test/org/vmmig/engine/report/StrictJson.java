package org.vmmig.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser for tests, independent of the code that writes reports: it rejects anything
 * a JSON consumer could reject (raw control characters, NaN, trailing commas, duplicate keys, text after
 * the value) and gives objects back with their keys in document order.
 */
final class StrictJson {

	private final String text;
	private int at;

	private StrictJson(String text) {
		this.text = text;
	}

	/** Maps, lists, strings, doubles, booleans and null; an {@link IllegalArgumentException} names the offset. */
	static Object parse(String text) {
		StrictJson parser = new StrictJson(text);
		Object value = parser.value();
		parser.whitespace();
		if (parser.at != text.length()) {
			throw parser.error("text after the value");
		}
		return value;
	}

	private Object value() {
		whitespace();
		if (at >= text.length()) {
			throw error("a value");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> members = new LinkedHashMap<>();
		at++;
		whitespace();
		if (peek('}')) {
			at++;
			return members;
		}
		do {
			whitespace();
			String key = string();
			whitespace();
			expect(':');
			if (members.containsKey(key)) {
				throw error("no duplicate key '" + key + "'");
			}
			members.put(key, value());
			whitespace();
		} while (next(','));
		expect('}');
		return members;
	}

	private List<Object> array() {
		List<Object> elements = new ArrayList<>();
		at++;
		whitespace();
		if (peek(']')) {
			at++;
			return elements;
		}
		do {
			elements.add(value());
			whitespace();
		} while (next(','));
		expect(']');
		return elements;
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("a closing quote");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("no raw control character");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escape = text.charAt(at++);
			switch (escape) {
			case '"', '\\', '/' -> out.append(escape);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("a valid escape");
			}
		}
	}

	private Double number() {
		int start = at;
		next('-');
		if (!next('0')) {
			digits();
		}
		if (next('.')) {
			digits();
		}
		if (next('e') || next('E')) {
			if (!next('+')) {
				next('-');
			}
			digits();
		}
		return Double.valueOf(text.substring(start, at));
	}

	private void digits() {
		int start = at;
		while (at < text.length() && Character.isDigit(text.charAt(at))) {
			at++;
		}
		if (at == start) {
			throw error("a digit");
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error(word);
		}
		at += word.length();
		return value;
	}

	private void whitespace() {
		while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private boolean next(char c) {
		if (peek(c)) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!next(c)) {
			throw error("'" + c + "'");
		}
	}

	private IllegalArgumentException error(String expected) {
		return new IllegalArgumentException("expected " + expected + " at offset " + at + " of:\n" + text);
	}
}
