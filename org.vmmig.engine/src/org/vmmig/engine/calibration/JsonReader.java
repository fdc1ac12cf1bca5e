package org.vmmig.engine.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads measurement files with Jackson's strict parser (RFC 8259: no comments, no trailing commas, no leading
 * zeros, no NaN, no raw control characters in strings), adding what a measurement needs on top: the line and
 * column of every value, no duplicate keys, several top-level values only one per line (JSON lines), nesting
 * limited to {@value #MAX_DEPTH} levels and number literals to {@value #MAX_NUMBER_LENGTH} characters, so
 * that hostile input ends in a message, never in a StackOverflowError or a long computation. Strict because
 * a measurement that is half understood would silently skew a calibration. Syntax errors are phrased by
 * {@link JsonSyntaxError}. Lines count line feeds; columns count characters (code points), starting at 1.
 */
final class JsonReader {

	static final int MAX_DEPTH = 64;
	static final int MAX_NUMBER_LENGTH = 100;

	/** Jackson's own limits are set above ours, so that ours are the ones a user meets, with their position. */
	private static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1)
					.maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
					.maxNameLength(Integer.MAX_VALUE).build())
			.build();

	private final String file;
	private final TextPositions text;

	JsonReader(String file, String text) {
		this.file = file;
		this.text = new TextPositions(text);
	}

	/** Every top-level value: one document, or one per line. */
	List<Json> readAll() throws CalibrationInputException {
		List<Json> values = new ArrayList<>();
		try (JsonParser parser = FACTORY.createParser(text.text())) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				throw error(text.length(), "no JSON value in the file");
			}
			while (token != null) {
				values.add(value(parser, 0));
				requireLineBreakAfter((int) parser.currentLocation().getCharOffset());
				token = parser.nextToken();
			}
		} catch (JsonProcessingException e) {
			throw JsonSyntaxError.of(e, text).at(file);
		} catch (IOException e) {
			throw new IllegalStateException(e); // reading a String cannot fail otherwise
		}
		return values;
	}

	/** @param depth how many arrays and objects enclose the parser's current token */
	private Json value(JsonParser parser, int depth) throws IOException, CalibrationInputException {
		int start = (int) parser.currentTokenLocation().getCharOffset();
		Object value = switch (parser.currentToken()) {
		case START_OBJECT, START_ARRAY -> {
			if (depth == MAX_DEPTH) {
				throw error(start, "nested more than " + MAX_DEPTH + " levels deep");
			}
			yield parser.currentToken() == JsonToken.START_OBJECT ? object(parser, depth + 1) : array(parser, depth + 1);
		}
		case VALUE_STRING -> parser.getText();
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, start);
		case VALUE_TRUE -> Boolean.TRUE;
		case VALUE_FALSE -> Boolean.FALSE;
		default -> null; // VALUE_NULL: the parser gives no other token where a value stands
		};
		return new Json(value, start, text);
	}

	private Map<String, Json> object(JsonParser parser, int depth) throws IOException, CalibrationInputException {
		Map<String, Json> members = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			if (members.containsKey(key)) {
				throw error((int) parser.currentTokenLocation().getCharOffset(),
						"duplicate key '" + Messages.abbreviate(key) + "'");
			}
			parser.nextToken();
			members.put(key, value(parser, depth));
		}
		return members; // END_OBJECT
	}

	private List<Json> array(JsonParser parser, int depth) throws IOException, CalibrationInputException {
		List<Json> elements = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			elements.add(value(parser, depth));
		}
		return elements;
	}

	private Double number(JsonParser parser, int start) throws IOException, CalibrationInputException {
		if (parser.getTextLength() > MAX_NUMBER_LENGTH) {
			throw error(start, "number longer than " + MAX_NUMBER_LENGTH + " characters");
		}
		double value = parser.getDoubleValue();
		if (Double.isInfinite(value)) {
			throw error(start, "number out of range: " + parser.getText());
		}
		return value;
	}

	/** Top-level values go one per line: after one, only spaces until the line ends. */
	private void requireLineBreakAfter(int end) throws CalibrationInputException {
		int next = end;
		while (next < text.length() && " \t\r".indexOf(text.text().charAt(next)) >= 0) {
			next++;
		}
		if (next < text.length() && text.text().charAt(next) != '\n') {
			throw error(next, "expected a line break after a value (several values go one per line, or in an array)");
		}
	}

	private CalibrationInputException error(int offset, String message) {
		return new CalibrationInputException(file + ":" + text.line(offset) + ":" + text.column(offset) + ": " + message);
	}
}
