package org.vmmig.cli;

import java.util.List;

/**
 * Compiler-style text: {@code file:line:col: severity: message [code]}, then the source line and a caret
 * under the problem, the form editors and CI logs know how to link. Text from a model never reaches the terminal
 * raw: control characters (an escape sequence could clear the screen or fake a "0 error(s)") are shown as their
 * Unicode control pictures, one character each so the caret stays in place; a long line is shown as a window
 * around the caret.
 */
public final class DiagnosticFormatter {

	/** How much of a long source line is shown on each side of the problem. */
	static final int WINDOW = 80;

	public String format(Diagnostic diagnostic, List<String> sourceLines) {
		StringBuilder text = new StringBuilder();
		text.append(visible(diagnostic.file().toString())).append(':').append(diagnostic.line()).append(':')
				.append(diagnostic.column()).append(": ").append(diagnostic.severity().label()).append(": ")
				.append(visible(diagnostic.message()));
		if (diagnostic.code() != null) {
			text.append(" [").append(shortCode(diagnostic.code())).append(']');
		}
		text.append('\n');
		int index = diagnostic.line() - 1;
		if (index >= 0 && index < sourceLines.size()) {
			String source = visible(sourceLines.get(index).replace('\t', ' '));
			int caretColumn = Math.max(1, Math.min(diagnostic.column(), source.length() + 1));
			if (source.length() > 2 * WINDOW) { // a megabyte-long line with many errors must not flood the log
				int from = Math.max(0, caretColumn - 1 - WINDOW);
				int to = Math.min(source.length(), caretColumn - 1 + WINDOW);
				String cut = (from > 0 ? "…" : "") + source.substring(from, to) + (to < source.length() ? "…" : "");
				caretColumn = caretColumn - from + (from > 0 ? 1 : 0);
				source = cut;
			}
			text.append("  ").append(source).append('\n');
			int width = Math.max(1, Math.min(diagnostic.length(), source.length() - caretColumn + 1));
			text.append("  ").append(" ".repeat(caretColumn - 1)).append("^".repeat(width)).append('\n');
		}
		return text.toString();
	}

	/** Control characters as Unicode control pictures (U+2400…), DEL as U+2421, C1 controls as U+FFFD. */
	static String visible(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char shown = c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : c >= 0x80 && c < 0xA0 ? '\uFFFD' : c;
			if (shown != c && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(shown);
			}
		}
		return out == null ? text : out.toString();
	}

	/** Issue codes are namespaced (org.vmmig.dsl.unknownUnit); users see the last part. */
	static String shortCode(String code) {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? code : code.substring(dot + 1);
	}
}
