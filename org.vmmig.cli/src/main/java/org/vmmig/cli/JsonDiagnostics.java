package org.vmmig.cli;

import java.util.List;

import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.engine.report.JsonWriter;

/** {"files": [{"file", "diagnostics": [{"line", "column", "severity", "message", "code"}]}], "errors", "warnings"}. */
final class JsonDiagnostics implements DiagnosticsDocument {

	@Override
	public String render(List<LoadedFile> files) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("files").beginArray();
		for (LoadedFile file : files) {
			json.beginObject().field("file", file.path().toString());
			json.name("diagnostics").beginArray();
			for (Diagnostic d : file.diagnostics()) {
				json.beginObject().field("line", d.line()).field("column", d.column()).field("length", d.length())
						.field("severity", d.severity().name().toLowerCase()).field("message", d.message())
						.field("code", d.code() == null ? null : DiagnosticFormatter.shortCode(d.code())).endObject();
			}
			json.endArray().endObject();
		}
		json.endArray();
		json.field("errors", ModelCheck.count(files, Diagnostic.Severity.ERROR));
		json.field("warnings", ModelCheck.count(files, Diagnostic.Severity.WARNING));
		return json.endObject().toString();
	}
}
