package org.vmmig.cli;

/** Escaping for XML attribute values and text (JUnit reports); control characters XML cannot hold are dropped. */
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
				if (c >= 0x20 || c == '\t') {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
