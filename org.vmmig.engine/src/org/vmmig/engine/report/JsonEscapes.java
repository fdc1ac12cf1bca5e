package org.vmmig.engine.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Which characters of a string vmmig's JSON escapes, on top of RFC 8259's {@code "} and {@code \}: control
 * characters ({@code \n \r \t} short, the rest as {@code \}{@code u00xx}), {@code <} so that "&lt;/script&gt;"
 * cannot end a report embedded in HTML, and U+2028/U+2029, which end a line in older JavaScript.
 */
final class JsonEscapes extends CharacterEscapes {

	private static final long serialVersionUID = 1L;

	private final int[] ascii = standardAsciiEscapesForJSON();

	JsonEscapes() {
		for (int c = 0; c < 0x20; c++) {
			if (c != '\n' && c != '\r' && c != '\t') {
				ascii[c] = ESCAPE_CUSTOM; // Jackson would write \b and \f, and upper-case hex digits
			}
		}
		ascii['<'] = ESCAPE_CUSTOM;
	}

	@Override
	public int[] getEscapeCodesForAscii() {
		return ascii;
	}

	@Override
	public SerializableString getEscapeSequence(int c) {
		return c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029' ? new SerializedString(unicodeEscape(c)) : null;
	}

	/** {@code \}{@code u} and four lower-case hex digits. */
	static String unicodeEscape(int c) {
		return String.format("\\u%04x", c);
	}
}
