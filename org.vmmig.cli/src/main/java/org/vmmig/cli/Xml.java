package org.vmmig.cli;

/**
 * Escaping for XML attribute values and text (JUnit reports); what XML 1.0 cannot hold — control characters,
 * U+FFFE, U+FFFF, a lone surrogate — is dropped, so the document stays well-formed whatever a model holds.
 */
final class Xml {

	private Xml() {
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			case '\n' -> out.append("&#10;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i)); // a pair: a character beyond U+FFFF, allowed
				} else if ((c >= 0x20 || c == '\t') && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
