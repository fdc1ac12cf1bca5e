package org.vmmig.cli;

import java.util.List;

import org.vmmig.cli.ModelWorkspace.LoadedFile;

/** All diagnostics of a run in one machine-readable document, for CI systems (`--format`). */
public interface DiagnosticsDocument {

	String render(List<LoadedFile> files);

	static DiagnosticsDocument of(OutputFormat format) {
		return switch (format) {
		case json -> new JsonDiagnostics();
		case junit -> new JunitDiagnostics();
		case sarif -> new SarifDiagnostics();
		case text -> throw new IllegalArgumentException("text is printed as it goes, not as a report");
		};
	}

	enum OutputFormat {
		text, json, junit, sarif
	}
}
