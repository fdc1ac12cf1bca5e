package org.vmmig.cli;

import java.nio.file.Path;

/** One problem found in a model file, positioned by 1-based line and column. */
public record Diagnostic(Path file, int line, int column, int length, Severity severity, String message, String code) {

	public enum Severity {
		ERROR, WARNING, INFO;

		String label() {
			return name().toLowerCase();
		}
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
