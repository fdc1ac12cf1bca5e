package org.vmmig.report;

import java.util.List;

import org.vmmig.engine.report.JsonWriter;

/** A report as one JSON document; the format is described in docs/report-format.md. */
public final class JsonRenderer {

	/** Bumped whenever a field changes meaning or is removed. */
	public static final int FORMAT_VERSION = 1;

	public String render(Report report) {
		JsonWriter json = new JsonWriter().beginObject();
		json.field("formatVersion", FORMAT_VERSION).field("title", report.title());
		json.name("subtitle").beginArray();
		report.subtitle().forEach(json::value);
		json.endArray();
		json.name("tables").beginArray();
		for (ReportTable table : report.tables()) {
			table(json, table);
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static void table(JsonWriter json, ReportTable table) {
		json.beginObject().field("id", table.id()).field("title", table.title())
				.field("timeSeries", table.isTimeSeries());
		json.name("columns").beginArray();
		for (Column column : table.columns()) {
			json.beginObject().field("key", column.key()).field("label", column.label())
					.field("unit", column.unit().symbol()).field("type", type(column.unit())).endObject();
		}
		json.endArray();
		json.name("rows").beginArray();
		for (List<Object> row : table.rows()) {
			json.beginArray();
			for (Object value : row) {
				value(json, value);
			}
			json.endArray();
		}
		json.endArray().endObject();
	}

	static String type(ColumnUnit unit) {
		return switch (unit) {
		case TEXT -> "string";
		case BOOLEAN -> "boolean";
		default -> "number";
		};
	}

	static void value(JsonWriter json, Object value) {
		if (value instanceof Number number) {
			json.value(number.doubleValue());
		} else if (value instanceof Boolean b) {
			json.value(b.booleanValue());
		} else {
			json.value(value == null ? null : value.toString());
		}
	}
}
