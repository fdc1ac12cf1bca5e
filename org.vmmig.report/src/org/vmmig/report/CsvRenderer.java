package org.vmmig.report;

import java.util.List;

/**
 * A table as CSV (RFC 4180): a header of labels with their units ({@code start [s]}), numbers in SI base
 * units with a dot and full precision, booleans as true/false, an empty field for no value. Fields with a
 * comma, a quote or a line break are quoted, quotes doubled; lines end with CRLF as the RFC says.
 */
public final class CsvRenderer {

	public String render(ReportTable table) {
		StringBuilder csv = new StringBuilder();
		List<Column> columns = table.columns();
		for (int i = 0; i < columns.size(); i++) {
			csv.append(i == 0 ? "" : ",").append(field(columns.get(i).header()));
		}
		csv.append("\r\n");
		for (List<Object> row : table.rows()) {
			for (int i = 0; i < row.size(); i++) {
				csv.append(i == 0 ? "" : ",").append(field(value(row.get(i))));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	private static String value(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return ColumnUnit.plain(number.doubleValue());
		}
		return value.toString();
	}

	static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
