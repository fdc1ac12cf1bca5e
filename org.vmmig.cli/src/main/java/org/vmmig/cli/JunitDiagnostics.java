package org.vmmig.cli;

import java.util.List;

import org.vmmig.cli.ModelWorkspace.LoadedFile;

/**
 * JUnit XML as CI servers read it: one test suite "vmmig validate", one test case per model file, which
 * fails with every error of that file (warnings are listed in system-out).
 */
final class JunitDiagnostics implements DiagnosticsDocument {

	@Override
	public String render(List<LoadedFile> files) {
		long failures = files.stream().filter(LoadedFile::hasOwnErrors).count();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<testsuite name=\"vmmig validate\" tests=\"").append(files.size()).append("\" failures=\"")
				.append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
		for (LoadedFile file : files) {
			xml.append("  <testcase classname=\"vmmig\" name=\"").append(Xml.escape(file.path().toString())).append("\"");
			List<Diagnostic> errors = file.diagnostics().stream().filter(Diagnostic::isError).toList();
			List<Diagnostic> others = file.diagnostics().stream().filter(d -> !d.isError()).toList();
			if (errors.isEmpty() && others.isEmpty()) {
				xml.append("/>\n");
				continue;
			}
			xml.append(">\n");
			if (!errors.isEmpty()) {
				xml.append("    <failure message=\"").append(errors.size()).append(" error(s)\" type=\"model error\">");
				errors.forEach(d -> xml.append(Xml.escape(line(d))).append("&#10;"));
				xml.append("</failure>\n");
			}
			if (!others.isEmpty()) {
				xml.append("    <system-out>");
				others.forEach(d -> xml.append(Xml.escape(line(d))).append("&#10;"));
				xml.append("</system-out>\n");
			}
			xml.append("  </testcase>\n");
		}
		return xml.append("</testsuite>\n").toString();
	}

	private static String line(Diagnostic d) {
		return d.file() + ":" + d.line() + ":" + d.column() + ": " + d.severity().name().toLowerCase() + ": "
				+ d.message() + (d.code() == null ? "" : " [" + DiagnosticFormatter.shortCode(d.code()) + "]");
	}
}
