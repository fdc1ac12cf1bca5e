package org.vmmig.cli;

import java.util.List;
import java.util.TreeSet;

import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.engine.report.JsonWriter;

/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the format code-scanning services
 * import: one run of the tool "vmmig", a rule per issue code, a result per diagnostic.
 */
final class SarifDiagnostics implements DiagnosticsDocument {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	@Override
	public String render(List<LoadedFile> files) {
		JsonWriter json = new JsonWriter().beginObject().field("$schema", SCHEMA).field("version", "2.1.0");
		json.name("runs").beginArray().beginObject();
		json.name("tool").beginObject().name("driver").beginObject().field("name", "vmmig")
				.field("informationUri", "docs/language.md");
		json.name("rules").beginArray();
		TreeSet<String> codes = new TreeSet<>();
		files.forEach(f -> f.diagnostics().stream().filter(d -> d.code() != null)
				.forEach(d -> codes.add(DiagnosticFormatter.shortCode(d.code()))));
		for (String code : codes) {
			json.beginObject().field("id", code).endObject();
		}
		json.endArray().endObject().endObject();
		json.name("results").beginArray();
		for (LoadedFile file : files) {
			for (Diagnostic d : file.diagnostics()) {
				json.beginObject();
				if (d.code() != null) {
					json.field("ruleId", DiagnosticFormatter.shortCode(d.code()));
				}
				json.field("level", switch (d.severity()) {
				case ERROR -> "error";
				case WARNING -> "warning";
				default -> "note";
				});
				json.name("message").beginObject().field("text", d.message()).endObject();
				json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
				json.name("artifactLocation").beginObject().field("uri", file.path().toString().replace('\\', '/'))
						.endObject();
				json.name("region").beginObject().field("startLine", d.line()).field("startColumn", d.column())
						.field("endColumn", d.column() + Math.max(1, d.length())).endObject();
				json.endObject().endObject().endArray();
				json.endObject();
			}
		}
		json.endArray().endObject().endArray();
		return json.endObject().toString();
	}
}
