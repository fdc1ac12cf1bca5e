package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) for measurement files, with line and column in every error.
 * Strict because a measurement that is half understood would silently skew a calibration: no comments,
 * no trailing commas, no leading zeros, no duplicate keys, no raw control characters in strings.
 * <p>
 * Several top-level values are accepted when each starts on a new line (JSON lines). Nesting is limited
 * to {@value #MAX_DEPTH} levels and number literals to {@value #MAX_NUMBER_LENGTH} characters, so that
 * hostile input ends in a message, never in a StackOverflowError or a long computation. Columns count
 * characters (code points), starting at 1.
 */
final class JsonReader {

	static final int MAX_DEPTH = 64;
	static final int MAX_NUMBER_LENGTH = 100;

	private final String file;
	private final String text;
	private int position;
	private int line = 1;
	private int column = 1;

	JsonReader(String file, String text) {
		this.file = file;
		this.text = text;
	}

	/** Every top-level value: one document, or one per line. */
	List<Json> readAll() throws CalibrationInputException {
		List<Json> values = new ArrayList<>();
		skipWhitespace();
		if (atEnd()) {
			throw error("no JSON value in the file");
		}
		while (!atEnd()) {
			values.add(value(0));
			skipSpacesOnLine();
			if (!atEnd() && text.charAt(position) != '\n') {
				throw error("expected a line break after a value (several values go one per line, or in an array)");
			}
			skipWhitespace();
		}
		return values;
	}

	/** @param depth how many arrays and objects enclose this value */
	private Json value(int depth) throws CalibrationInputException {
		if (atEnd()) {
			throw error("unexpected end of file, expected a value");
		}
		int startLine = line;
		int startColumn = column;
		char c = text.charAt(position);
		Object value = switch (c) {
		case '{', '[' -> {
			if (depth == MAX_DEPTH) {
				throw error("nested more than " + MAX_DEPTH + " levels deep");
			}
			yield c == '{' ? object(depth + 1) : array(depth + 1);
		}
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> {
			if (c == '-' || isDigit(c)) {
				yield number();
			}
			throw error("unexpected " + describe(c) + ", expected a value");
		}
		};
		return new Json(value, startLine, startColumn);
	}

	private Map<String, Json> object(int depth) throws CalibrationInputException {
		Map<String, Json> members = new LinkedHashMap<>();
		advance(); // {
		skipWhitespace();
		if (peek("a key or '}'") == '}') {
			advance();
			return members;
		}
		while (true) {
			if (peek("a quoted key") != '"') {
				throw error("expected a quoted key");
			}
			int keyLine = line;
			int keyColumn = column;
			String key = string();
			if (members.containsKey(key)) {
				throw new CalibrationInputException(file + ":" + keyLine + ":" + keyColumn + ": duplicate key '"
						+ Messages.abbreviate(key) + "'");
			}
			skipWhitespace();
			if (peek("':'") != ':') {
				throw error("expected ':' after a key");
			}
			advance();
			skipWhitespace();
			members.put(key, value(depth));
			skipWhitespace();
			char next = peek("',' or '}'");
			if (next == '}') {
				advance();
				return members;
			}
			if (next != ',') {
				throw error("expected ',' or '}' after a value");
			}
			advance();
			skipWhitespace();
		}
	}

	private List<Json> array(int depth) throws CalibrationInputException {
		List<Json> elements = new ArrayList<>();
		advance(); // [
		skipWhitespace();
		if (peek("a value or ']'") == ']') {
			advance();
			return elements;
		}
		while (true) {
			elements.add(value(depth));
			skipWhitespace();
			char next = peek("',' or ']'");
			if (next == ']') {
				advance();
				return elements;
			}
			if (next != ',') {
				throw error("expected ',' or ']' after a value");
			}
			advance();
			skipWhitespace();
		}
	}

	private String string() throws CalibrationInputException {
		advance(); // opening quote
		StringBuilder value = new StringBuilder();
		while (true) {
			char c = peek("the closing '\"' of the string");
			if (c == '"') {
				advance();
				return value.toString();
			}
			if (c < 0x20) {
				throw error("control character " + describe(c) + " inside a string (write it as an escape)");
			}
			if (c != '\\') {
				value.append(c);
				advance();
				continue;
			}
			advance();
			char escape = peek("an escape character");
			switch (escape) {
			case '"', '\\', '/' -> value.append(escape);
			case 'b' -> value.append('\b');
			case 'f' -> value.append('\f');
			case 'n' -> value.append('\n');
			case 'r' -> value.append('\r');
			case 't' -> value.append('\t');
			case 'u' -> {
				advance();
				value.append(hexEscape());
				continue; // hexEscape consumed its four digits
			}
			default -> throw error("unknown escape '\\" + Messages.printable(escape) + "'");
			}
			advance();
		}
	}

	/** The four hex digits after backslash-u; surrogate pairs come as two escapes and stay two chars. */
	private char hexEscape() throws CalibrationInputException {
		int code = 0;
		for (int i = 0; i < 4; i++) {
			int digit = hexDigit(peek("four hex digits after \\u"));
			if (digit < 0) {
				throw error("expected four hex digits after \\u");
			}
			code = code * 16 + digit;
			advance();
		}
		return (char) code;
	}

	/** RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
	private Double number() throws CalibrationInputException {
		int start = position;
		int startColumn = column;
		accept('-');
		if (!accept('0')) {
			if (atEnd() || !isDigit(text.charAt(position))) {
				throw error("expected a digit");
			}
			digits();
		} else if (!atEnd() && isDigit(text.charAt(position))) {
			throw new CalibrationInputException(file + ":" + line + ":" + startColumn
					+ ": a number may not have a leading zero");
		}
		if (accept('.')) {
			if (atEnd() || !isDigit(text.charAt(position))) {
				throw error("expected a digit after '.'");
			}
			digits();
		}
		if (accept('e') || accept('E')) {
			if (!accept('+')) {
				accept('-');
			}
			if (atEnd() || !isDigit(text.charAt(position))) {
				throw error("expected a digit in the exponent");
			}
			digits();
		}
		String literal = text.substring(start, position);
		if (literal.length() > MAX_NUMBER_LENGTH) {
			throw new CalibrationInputException(file + ":" + line + ":" + startColumn + ": number longer than "
					+ MAX_NUMBER_LENGTH + " characters");
		}
		double value = Double.parseDouble(literal); // cannot fail: the grammar above is a subset of Java's
		if (Double.isInfinite(value)) {
			throw new CalibrationInputException(file + ":" + line + ":" + startColumn + ": number out of range: "
					+ literal);
		}
		return value;
	}

	private void digits() {
		while (!atEnd() && isDigit(text.charAt(position))) {
			advance();
		}
	}

	private boolean accept(char wanted) {
		if (!atEnd() && text.charAt(position) == wanted) {
			advance();
			return true;
		}
		return false;
	}

	private Object literal(String word, Object value) throws CalibrationInputException {
		for (int i = 0; i < word.length(); i++) {
			if (atEnd() || text.charAt(position) != word.charAt(i)) {
				throw error("unexpected " + (atEnd() ? "end of file" : describe(text.charAt(position)))
						+ ", expected '" + word + "'");
			}
			advance();
		}
		return value;
	}

	private char peek(String expected) throws CalibrationInputException {
		if (atEnd()) {
			throw error("unexpected end of file, expected " + expected);
		}
		return text.charAt(position);
	}

	private boolean atEnd() {
		return position >= text.length();
	}

	private void advance() {
		char c = text.charAt(position++);
		if (c == '\n') {
			line++;
			column = 1;
		} else if (!Character.isLowSurrogate(c)) { // a surrogate pair is one character on screen
			column++;
		}
	}

	private void skipWhitespace() {
		while (!atEnd() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
			advance();
		}
	}

	private void skipSpacesOnLine() {
		while (!atEnd() && " \t\r".indexOf(text.charAt(position)) >= 0) {
			advance();
		}
	}

	/** ASCII only: Character.digit would also take other scripts' digits. */
	private static int hexDigit(char c) {
		if (isDigit(c)) {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static String describe(char c) {
		return "'" + Messages.printable(c) + "'";
	}

	/** An error at the current position: the offending character, or the end of the file. */
	private CalibrationInputException error(String message) {
		return new CalibrationInputException(file + ":" + line + ":" + column + ": " + message);
	}
}
