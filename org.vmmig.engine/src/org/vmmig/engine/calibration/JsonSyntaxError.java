package org.vmmig.engine.calibration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * A JSON syntax error as vmmig states it: what was expected, at the character where the file goes wrong.
 * Jackson finds the error; its messages speak of Java ("enable JsonReadFeature...") and point a character
 * before or after the culprit depending on the case, so this class says it in the words of the file
 * (docs/calibration-formats.md) and finds the culprit next to where Jackson stopped.
 *
 * @param offset the character offset in the text where the error is
 */
record JsonSyntaxError(String message, int offset, TextPositions text) {

	private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code");
	private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
	private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");

	CalibrationInputException at(String file) {
		return new CalibrationInputException(file + ":" + text.line(offset) + ":" + text.column(offset) + ": " + message);
	}

	static JsonSyntaxError of(JsonProcessingException e, TextPositions text) {
		String jackson = e.getOriginalMessage();
		JsonLocation location = e.getLocation();
		int stop = location == null ? text.length() : (int) Math.min(location.getCharOffset(), text.length());
		if (e instanceof JsonEOFException || jackson.startsWith("Unexpected end-of-input")) {
			return new JsonSyntaxError("unexpected end of file, expected " + expectedAtEnd(jackson, text), text.length(),
					text);
		}
		Matcher token = TOKEN.matcher(jackson);
		if (token.find()) {
			return literal(token.group(1), stop, text);
		}
		Matcher marker = CLOSE_MARKER.matcher(jackson);
		if (marker.find()) {
			return closeMarker(marker.group(1).charAt(0), marker.group(2), stop, text);
		}
		Matcher unexpected = UNEXPECTED_CHARACTER.matcher(jackson);
		int culprit = unexpected.find() ? find(unexpected.group(1).charAt(0), stop, text) : stop;
		if (jackson.contains("Leading zeroes")) {
			culprit = numberStart(stop, text); // the number is wrong as a whole
		}
		return new JsonSyntaxError(describe(jackson, culprit, text), culprit, text);
	}

	/** What the file should have had where it ended, from Jackson's words and the last thing the file holds. */
	private static String expectedAtEnd(String jackson, TextPositions text) {
		char last = text.lastNonBlankBefore(text.length());
		if (jackson.contains("closing quote")) {
			return "the closing '\"' of the string";
		}
		if (jackson.contains("escape sequence")) {
			return last == '\\' ? "an escape character" : "four hex digits after \\u";
		}
		if (jackson.contains("close marker for Object")) {
			return last == '{' ? "a key or '}'" : "',' or '}'";
		}
		if (jackson.contains("close marker for Array")) {
			return last == '[' ? "a value or ']'" : "',' or ']'";
		}
		if (jackson.contains("Object entries")) {
			return switch (last) {
			case ',' -> "a quoted key";
			case ':' -> "a value";
			default -> "':'";
			};
		}
		return "a value";
	}

	/** The message for an error Jackson found inside a token or between tokens, at {@code culprit}. */
	private static String describe(String jackson, int culprit, TextPositions text) {
		char c = text.charAt(culprit);
		if (jackson.contains("comma to separate Object entries")) {
			return "expected ',' or '}' after a value";
		}
		if (jackson.contains("comma to separate Array entries")) {
			return "expected ',' or ']' after a value";
		}
		if (jackson.contains("double-quote to start field name")) {
			return "expected a quoted key";
		}
		if (jackson.contains("colon to separate field name and value")) {
			return "expected ':' after a key";
		}
		if (jackson.contains("Decimal point not followed by a digit")) {
			return "expected a digit after '.'";
		}
		if (jackson.contains("Exponent indicator not followed by a digit")) {
			return "expected a digit in the exponent";
		}
		if (jackson.contains("to follow minus sign")) {
			return "expected a digit";
		}
		if (jackson.contains("hex-digit")) {
			return "expected four hex digits after \\u";
		}
		if (jackson.startsWith("Unrecognized character escape")) {
			return "unknown escape '\\" + Messages.printable(c) + "'";
		}
		if (jackson.contains("CTRL-CHAR")) {
			return "control character " + quoted(c) + " inside a string (write it as an escape)";
		}
		if (jackson.contains("Leading zeroes")) {
			return "a number may not have a leading zero";
		}
		if (jackson.contains("Invalid UTF-8") || jackson.contains("Invalid code point")) {
			return "invalid character " + quoted(c);
		}
		return "unexpected " + (culprit < text.length() ? quoted(c) : "end of file") + ", expected a value";
	}

	/**
	 * A word that is not JSON where a value stands ({@code NaN}, {@code tru}): where it first differs from the
	 * literal it seems to start ({@code true}, {@code false}, {@code null}), or at its start.
	 */
	private static JsonSyntaxError literal(String word, int stop, TextPositions text) {
		int start = stop;
		if (!text.text().startsWith(word, start) && stop >= word.length()
				&& text.text().startsWith(word, stop - word.length())) {
			start = stop - word.length();
		}
		for (String literal : new String[] { "true", "false", "null" }) {
			if (!word.isEmpty() && literal.charAt(0) == word.charAt(0)) {
				int same = 0;
				while (same < word.length() && same < literal.length() && word.charAt(same) == literal.charAt(same)) {
					same++;
				}
				int at = start + same;
				String found = at < text.length() ? quoted(text.charAt(at)) : "end of file";
				return new JsonSyntaxError("unexpected " + found + ", expected '" + literal + "'", at, text);
			}
		}
		return new JsonSyntaxError("unexpected " + quoted(text.charAt(start)) + ", expected a value", start, text);
	}

	/** A closing bracket that does not close what is open, or that comes where a value should. */
	private static JsonSyntaxError closeMarker(char found, String expected, int stop, TextPositions text) {
		int at = find(found, stop, text);
		char before = text.lastNonBlankBefore(at);
		String message = before == '[' || before == ',' || before == ':' ? "unexpected " + quoted(found) + ", expected a value"
				: "expected ',' or '" + expected + "' after a value";
		return new JsonSyntaxError(message, at, text);
	}

	/** Where {@code c} is: at Jackson's stop, or the character before or after it. */
	private static int find(char c, int stop, TextPositions text) {
		for (int at : new int[] { stop, stop - 1, stop + 1 }) {
			if (text.charAt(at) == c && at < text.length()) {
				return at;
			}
		}
		return stop;
	}

	private static int numberStart(int inside, TextPositions text) {
		int start = Math.min(inside, text.length());
		while (start > 0 && ("0123456789-".indexOf(text.charAt(start - 1)) >= 0)) {
			start--;
		}
		return start;
	}

	private static String quoted(char c) {
		return "'" + Messages.printable(c) + "'";
	}
}
