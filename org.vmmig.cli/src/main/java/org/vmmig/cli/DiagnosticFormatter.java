package org.vmmig.cli;

import java.util.List;

/**
 * Compiler-style text: {@code file:line:col: severity: message [code]}, then the source line and a caret
 * under the problem, the form editors and CI logs know how to link.
 */
public final class DiagnosticFormatter {

	public String format(Diagnostic diagnostic, List<String> sourceLines) {
		StringBuilder text = new StringBuilder();
		text.append(diagnostic.file()).append(':').append(diagnostic.line()).append(':').append(diagnostic.column())
				.append(": ").append(diagnostic.severity().label()).append(": ").append(diagnostic.message());
		if (diagnostic.code() != null) {
			text.append(" [").append(shortCode(diagnostic.code())).append(']');
		}
		text.append('\n');
		int index = diagnostic.line() - 1;
		if (index >= 0 && index < sourceLines.size()) {
			String source = sourceLines.get(index).replace('\t', ' ');
			text.append("  ").append(source).append('\n');
			int caretColumn = Math.max(1, Math.min(diagnostic.column(), source.length() + 1));
			int width = Math.max(1, Math.min(diagnostic.length(), source.length() - caretColumn + 1));
			text.append("  ").append(" ".repeat(caretColumn - 1)).append("^".repeat(width)).append('\n');
		}
		return text.toString();
	}

	/** Issue codes are namespaced (org.vmmig.dsl.unknownUnit); users see the last part. */
	static String shortCode(String code) {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? code : code.substring(dot + 1);
	}
}
