package org.vmmig.engine.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON text on, writing a lone surrogate (half of a pair without its other half, which a name taken from
 * a damaged file can hold) as its escape: it has no UTF-8 encoding, so written raw it would make the report
 * impossible to save. Jackson's character escapes see one character at a time and cannot tell a lone half from
 * half of a pair; this filter sees the text in order. Outside strings JSON is ASCII, so every surrogate here is
 * inside a string, where the escape means the same character.
 */
final class LoneSurrogateEscaper extends Writer {

	private final Writer out;
	/** A high surrogate whose partner may come with the next write. */
	private char pendingHigh;

	LoneSurrogateEscaper(Writer out) {
		this.out = out;
	}

	@Override
	public void write(char[] text, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			write(text[i]);
		}
	}

	@Override
	public void write(int c) throws IOException {
		char ch = (char) c;
		if (pendingHigh != 0) {
			char high = pendingHigh;
			pendingHigh = 0;
			if (Character.isLowSurrogate(ch)) {
				out.write(high);
				out.write(ch);
				return;
			}
			out.write(JsonEscapes.unicodeEscape(high));
		}
		if (Character.isHighSurrogate(ch)) {
			pendingHigh = ch;
		} else if (Character.isLowSurrogate(ch)) {
			out.write(JsonEscapes.unicodeEscape(ch));
		} else {
			out.write(ch);
		}
	}

	/** A pending high surrogate stays pending: its low half may still come. */
	@Override
	public void flush() throws IOException {
		out.flush();
	}

	@Override
	public void close() throws IOException {
		if (pendingHigh != 0) {
			out.write(JsonEscapes.unicodeEscape(pendingHigh));
			pendingHigh = 0;
		}
		out.close();
	}
}
