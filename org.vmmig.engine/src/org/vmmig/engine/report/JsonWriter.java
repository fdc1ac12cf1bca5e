package org.vmmig.engine.report;

/**
 * A minimal streaming JSON writer: correct string escaping (RFC 8259, plus U+2028/U+2029 so the output is
 * safe inside a script tag), and numbers that are never NaN or Infinity (written as null).
 */
public final class JsonWriter {

	private final StringBuilder out = new StringBuilder();
	private boolean needComma;
	private int depth;

	public JsonWriter beginObject() {
		separator();
		out.append('{');
		needComma = false;
		depth++;
		return this;
	}

	public JsonWriter endObject() {
		depth--;
		newline();
		out.append('}');
		needComma = true;
		return this;
	}

	public JsonWriter beginArray() {
		separator();
		out.append('[');
		needComma = false;
		depth++;
		return this;
	}

	public JsonWriter endArray() {
		depth--;
		newline();
		out.append(']');
		needComma = true;
		return this;
	}

	public JsonWriter name(String name) {
		separator();
		string(name);
		out.append(": ");
		needComma = false;
		return this;
	}

	public JsonWriter value(String value) {
		separator();
		if (value == null) {
			out.append("null");
		} else {
			string(value);
		}
		needComma = true;
		return this;
	}

	public JsonWriter value(double value) {
		separator();
		if (!Double.isFinite(value)) {
			out.append("null");
		} else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			out.append((long) value);
		} else {
			out.append(value);
		}
		needComma = true;
		return this;
	}

	public JsonWriter value(boolean value) {
		separator();
		out.append(value);
		needComma = true;
		return this;
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

	@Override
	public String toString() {
		return out.toString() + "\n";
	}

	private void separator() {
		if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
			return; // a value right after its name
		}
		if (needComma) {
			out.append(',');
		}
		if (depth > 0) {
			newline();
		}
	}

	private void newline() {
		out.append('\n').append("  ".repeat(Math.max(0, depth)));
	}

	private void string(String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '<' -> out.append("\\u003c"); // keeps "</script>" out of reports embedded in HTML
			case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
			default -> {
				if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(value, i)) {
					// a lone surrogate has no UTF-8 encoding: escaped, the report can still be written
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	/** The surrogate at {@code i} is half of a valid pair (high then low). */
	private static boolean pairedAt(String value, int i) {
		char c = value.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
	}
}
