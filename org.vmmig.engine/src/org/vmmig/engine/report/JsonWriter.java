package org.vmmig.engine.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * How vmmig writes JSON: Jackson's generator ({@code jackson-core}) laid out and escaped the way every vmmig
 * document has always been ({@link JsonLayout}, {@link JsonEscapes}), behind a small builder without checked
 * exceptions. What this class adds to Jackson is the numbers: never NaN or Infinity (written as null), and a
 * whole number below 10^15 without a fraction ({@code 4096}, not {@code 4096.0}); other numbers as
 * {@link Double#toString(double)} writes them.
 */
public final class JsonWriter {

	private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new JsonEscapes()).build();

	private final StringWriter out = new StringWriter();
	private final JsonGenerator generator;

	public JsonWriter() {
		try {
			generator = FACTORY.createGenerator(new LoneSurrogateEscaper(out));
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter cannot fail
		}
		generator.setPrettyPrinter(new JsonLayout());
	}

	public JsonWriter beginObject() {
		return write(JsonGenerator::writeStartObject);
	}

	public JsonWriter endObject() {
		return write(JsonGenerator::writeEndObject);
	}

	public JsonWriter beginArray() {
		return write(JsonGenerator::writeStartArray);
	}

	public JsonWriter endArray() {
		return write(JsonGenerator::writeEndArray);
	}

	public JsonWriter name(String name) {
		return write(g -> g.writeFieldName(name));
	}

	public JsonWriter value(String value) {
		return write(g -> g.writeString(value)); // Jackson writes a null String as null
	}

	public JsonWriter value(double value) {
		return write(g -> {
			if (!Double.isFinite(value)) {
				g.writeNull();
			} else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				g.writeNumber((long) value);
			} else {
				g.writeNumber(value);
			}
		});
	}

	public JsonWriter value(boolean value) {
		return write(g -> g.writeBoolean(value));
	}

	public JsonWriter field(String name, String value) {
		return name(name).value(value);
	}

	public JsonWriter field(String name, double value) {
		return name(name).value(value);
	}

	public JsonWriter field(String name, boolean value) {
		return name(name).value(value);
	}

	/** The document so far, ending in a line break. */
	@Override
	public String toString() {
		write(JsonGenerator::flush);
		return out + "\n";
	}

	private interface Step {
		void on(JsonGenerator generator) throws IOException;
	}

	private JsonWriter write(Step step) {
		try {
			step.on(generator);
		} catch (IOException e) {
			// writing to memory fails only when the calls do not nest (a programming error)
			throw new IllegalStateException(e.getMessage(), e);
		}
		return this;
	}
}
