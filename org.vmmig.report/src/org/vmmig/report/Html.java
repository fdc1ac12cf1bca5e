package org.vmmig.report;

/** Escaping for text and attribute values of HTML, and for JSON embedded in a script element. */
public final class Html {

	private Html() {
	}

	/** Text or a double-quoted attribute value: {@code <script>} becomes {@code &lt;script&gt;}. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * JSON (as {@link org.vmmig.engine.report.JsonWriter} writes it) made safe inside a script element: the
	 * characters {@code < > &} and U+2028/U+2029 only occur inside strings there, where the escapes
	 * {@code \u003c} etc. mean the same, so no "</script>" or "<!--" can end or change the element.
	 */
	public static String scriptSafeJson(String json) {
		StringBuilder out = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
			case '<' -> out.append("\\u003c");
			case '>' -> out.append("\\u003e");
			case '&' -> out.append("\\u0026");
			case '\u2028' -> out.append("\\u2028");
			case '\u2029' -> out.append("\\u2029");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
