package org.vmmig.engine.report;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * The layout of vmmig's JSON documents, which golden files and users' diffs rely on: one member or element a
 * line, two spaces an indent level, {@code "name": value}, and the closing bracket of an empty array or object
 * on a line of its own (Jackson's {@code DefaultPrettyPrinter} would write {@code [ ]} and {@code "name" : value}).
 */
final class JsonLayout implements PrettyPrinter {

	private int depth;

	@Override
	public void writeRootValueSeparator(JsonGenerator g) {
		// one document a writer
	}

	@Override
	public void writeStartObject(JsonGenerator g) throws IOException {
		open(g, '{');
	}

	@Override
	public void writeEndObject(JsonGenerator g, int entries) throws IOException {
		close(g, '}');
	}

	@Override
	public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
		comma(g);
	}

	@Override
	public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
		g.writeRaw(": ");
	}

	@Override
	public void writeStartArray(JsonGenerator g) throws IOException {
		open(g, '[');
	}

	@Override
	public void writeEndArray(JsonGenerator g, int values) throws IOException {
		close(g, ']');
	}

	@Override
	public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
		comma(g);
	}

	@Override
	public void beforeArrayValues(JsonGenerator g) throws IOException {
		newline(g);
	}

	@Override
	public void beforeObjectEntries(JsonGenerator g) throws IOException {
		newline(g);
	}

	private void open(JsonGenerator g, char bracket) throws IOException {
		g.writeRaw(bracket);
		depth++;
	}

	private void close(JsonGenerator g, char bracket) throws IOException {
		depth--;
		newline(g);
		g.writeRaw(bracket);
	}

	private void comma(JsonGenerator g) throws IOException {
		g.writeRaw(',');
		newline(g);
	}

	private void newline(JsonGenerator g) throws IOException {
		g.writeRaw('\n');
		g.writeRaw("  ".repeat(depth));
	}
}
