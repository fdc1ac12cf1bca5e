package org.vmmig.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.vmmig.engine.report.JsonWriter;

/**
 * A report as one self-contained HTML page that works offline: the tables, and charts drawn by Chart.js
 * (inlined from its WebJar). Any table with a {@link Chart} is drawn; a time series as a line chart. Every
 * name from a model is escaped. When the charts are drawn the page sets
 * {@code <body data-charts-rendered="N">}, N the number of charts, which tests wait for.
 */
public final class HtmlRenderer {

	/** Technique colours, so a timeline reads the same in every report. */
	private static final Map<String, String> COLOURS = Map.of("pre-copy", "#3366cc", "post-copy", "#dc7a12",
			"hybrid", "#2a9d4b");
	private static final String[] PALETTE = { "#3366cc", "#dc7a12", "#2a9d4b", "#b23a48", "#7b5ea7", "#8c6d31",
			"#17becf", "#7f7f7f" };

	private final String chartJs;

	/** With Chart.js from the class path. */
	public HtmlRenderer() {
		this(ChartJs.umdSource());
	}

	/** With a given Chart.js source (tests). */
	HtmlRenderer(String chartJs) {
		this.chartJs = chartJs;
	}

	public String render(Report report) {
		List<String> specs = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		body.append("<header>\n<h1>").append(Html.escape(report.title())).append("</h1>\n");
		for (String line : report.subtitle()) {
			body.append("<p class=\"subtitle\">").append(Html.escape(line)).append("</p>\n");
		}
		body.append("<nav>");
		for (ReportTable table : report.tables()) {
			body.append("<a href=\"#").append(table.id()).append("\">").append(Html.escape(table.title()))
					.append("</a> ");
		}
		body.append("</nav>\n</header>\n");
		for (ReportTable table : report.tables()) {
			section(table, body, specs);
		}

		StringBuilder html = new StringBuilder(chartJs.length() + body.length() + 8192);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"vmmig\">\n")
				.append("<title>").append(Html.escape(report.title())).append("</title>\n<style>\n")
				.append(resource("report.css")).append("</style>\n</head>\n")
				.append("<body data-charts-expected=\"").append(specs.size()).append("\">\n").append(body)
				.append("<footer>Written by vmmig. Charts drawn with Chart.js ").append(Html.escape(ChartJs.version()))
				.append(" (MIT License), included in this file.</footer>\n")
				.append("<script type=\"application/json\" id=\"vmmig-charts\">")
				.append(Html.scriptSafeJson("[" + String.join(",", specs) + "]")).append("</script>\n")
				.append("<script>\n").append(chartJs).append("\n</script>\n")
				.append("<script>\n").append(resource("report.js")).append("</script>\n")
				.append("</body>\n</html>\n");
		return html.toString();
	}

	private static void section(ReportTable table, StringBuilder out, List<String> specs) {
		out.append("<section id=\"").append(table.id()).append("\"").append(table.isTimeSeries() ? " class=\"time-series\"" : "")
				.append(">\n<h2>").append(Html.escape(table.title())).append("</h2>\n");
		if (!table.description().isEmpty()) {
			out.append("<p class=\"description\">").append(Html.escape(table.description())).append("</p>\n");
		}
		if (table.rows().isEmpty()) {
			out.append("<p class=\"empty\">None.</p>\n</section>\n");
			return;
		}
		table.chart().ifPresent(chart -> charts(table, chart, out, specs));
		out.append("<div class=\"table\"><table>\n<thead><tr>");
		for (Column column : table.columns()) {
			out.append("<th").append(column.unit().numeric() ? " class=\"number\"" : "").append(">")
					.append(Html.escape(column.label())).append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (List<Object> row : table.rows()) {
			out.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				Column column = table.columns().get(i);
				Object value = row.get(i);
				out.append("<td");
				if (column.unit().numeric()) {
					out.append(" class=\"number\"");
					if (value instanceof Number n) {
						out.append(" title=\"").append(Html.escape(ColumnUnit.plain(n.doubleValue())))
								.append(column.unit().symbol().isEmpty() ? "" : " " + column.unit().symbol()).append("\"");
					}
				}
				out.append(">").append(Html.escape(column.unit().human(value))).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table></div>\n</section>\n");
	}

	/** One chart per group of rows with the same values in the chart's split columns. */
	private static void charts(ReportTable table, Chart chart, StringBuilder out, List<String> specs) {
		Map<List<Object>, List<List<Object>>> groups = new LinkedHashMap<>();
		List<Integer> split = chart.splitKeys().stream().map(table::columnIndex).toList();
		for (List<Object> row : table.rows()) {
			List<Object> key = split.stream().map(row::get).toList();
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
		}
		out.append("<div class=\"charts\">\n");
		for (Map.Entry<List<Object>, List<List<Object>>> group : groups.entrySet()) {
			String caption = String.join(" · ", group.getKey().stream().map(String::valueOf).toList());
			if (chart instanceof Chart.Heatmap heatmap) {
				heatmap(table, heatmap, group.getValue(), caption, out);
				continue;
			}
			String canvas = "chart-" + specs.size();
			JsonWriter json = new JsonWriter().beginObject().field("canvas", canvas).field("caption", caption);
			int height = switch (chart) {
			case Chart.Timeline t -> timeline(table, t, group.getValue(), json);
			case Chart.Bars b -> bars(table, b, group.getValue(), json);
			case Chart.Lines l -> lines(table, l, group.getValue(), json);
			case Chart.Scatter sc -> scatter(table, sc, group.getValue(), json);
			case Chart.Bands b -> bands(table, b, group.getValue(), json);
			case Chart.Heatmap h -> throw new IllegalStateException("drawn as a table");
			};
			specs.add(json.endObject().toString().strip());
			out.append("<figure class=\"chart\">");
			if (!caption.isEmpty()) {
				out.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>");
			}
			out.append("<div class=\"canvas\" style=\"height:").append(height).append("px\"><canvas id=\"")
					.append(canvas).append("\" role=\"img\" aria-label=\"")
					.append(Html.escape(table.title() + (caption.isEmpty() ? "" : ": " + caption)))
					.append("\"></canvas></div></figure>\n");
		}
		out.append("</div>\n");
	}

	private static int timeline(ReportTable table, Chart.Timeline t, List<List<Object>> rows, JsonWriter json) {
		int label = table.columnIndex(t.labelKey());
		int start = table.columnIndex(t.startKey());
		int end = table.columnIndex(t.endKey());
		int colour = table.columnIndex(t.colourKey());
		// every timeline of the table on the same scale, so that plans under different policies compare at a glance
		double xMax = table.rows().stream().map(row -> row.get(end)).filter(Number.class::isInstance)
				.mapToDouble(v -> ((Number) v).doubleValue()).filter(Double::isFinite).max().orElse(0);
		json.field("kind", "timeline").field("unit", table.column(t.startKey()).unit().symbol())
				.field("xTitle", "time from the start of the plan").field("xMax", xMax);
		json.name("labels").beginArray();
		rows.forEach(row -> json.value(String.valueOf(row.get(label))));
		json.endArray();
		LinkedHashSet<String> series = new LinkedHashSet<>();
		rows.forEach(row -> series.add(String.valueOf(row.get(colour))));
		json.name("datasets").beginArray();
		int n = 0;
		for (String name : series) {
			json.beginObject().field("label", name).field("colour", colour(name, n++));
			json.name("data").beginArray();
			for (List<Object> row : rows) {
				if (name.equals(String.valueOf(row.get(colour)))) {
					json.beginArray();
					jsonValue(json, row.get(start));
					jsonValue(json, row.get(end));
					json.endArray();
				} else {
					json.value((String) null);
				}
			}
			json.endArray().endObject();
		}
		json.endArray();
		return 70 + 28 * rows.size();
	}

	private static int bars(ReportTable table, Chart.Bars b, List<List<Object>> rows, JsonWriter json) {
		int x = table.columnIndex(b.xKey());
		json.field("kind", "bars").field("unit", table.column(b.yKeys().get(0)).unit().symbol())
				.field("xTitle", table.column(b.xKey()).label())
				.field("yTitle", String.join(", ", b.yKeys().stream().map(k -> table.column(k).label()).toList()));
		json.name("labels").beginArray();
		rows.forEach(row -> json.value(String.valueOf(row.get(x))));
		json.endArray();
		datasets(table, b.yKeys(), rows, json, -1);
		return 260;
	}

	private static int lines(ReportTable table, Chart.Lines l, List<List<Object>> rows, JsonWriter json) {
		Column x = table.column(l.xKey());
		json.field("kind", "lines").field("unit", x.unit().symbol()).field("xTitle", x.label());
		datasets(table, l.yKeys(), rows, json, table.columnIndex(l.xKey()));
		return 300;
	}

	private static int scatter(ReportTable table, Chart.Scatter sc, List<List<Object>> rows, JsonWriter json) {
		int x = table.columnIndex(sc.xKey()), y = table.columnIndex(sc.yKey());
		int highlight = table.columnIndex(sc.highlightKey()), label = table.columnIndex(sc.labelKey());
		json.field("kind", "scatter").field("xTitle", table.column(sc.xKey()).label())
				.field("xUnit", table.column(sc.xKey()).unit().symbol()).field("yTitle", table.column(sc.yKey()).label())
				.field("yUnit", table.column(sc.yKey()).unit().symbol());
		json.name("datasets").beginArray();
		for (boolean front : new boolean[] { false, true }) {
			json.beginObject().field("label", front ? table.column(sc.highlightKey()).label() : "other runs")
					.field("colour", front ? PALETTE[1] : PALETTE[0]).field("front", front);
			json.name("data").beginArray();
			List<List<Object>> points = rows.stream().filter(row -> front == Boolean.TRUE.equals(row.get(highlight)))
					.filter(row -> row.get(x) instanceof Number && row.get(y) instanceof Number).toList();
			if (front) { // the front as a line from left to right
				points = points.stream().sorted((a, b) -> Double.compare(((Number) a.get(x)).doubleValue(),
						((Number) b.get(x)).doubleValue())).toList();
			}
			for (List<Object> row : points) {
				json.beginObject().name("x");
				jsonValue(json, row.get(x));
				json.name("y");
				jsonValue(json, row.get(y));
				json.field("label", String.valueOf(row.get(label))).endObject();
			}
			json.endArray().endObject();
		}
		json.endArray();
		return 360;
	}

	private static int bands(ReportTable table, Chart.Bands b, List<List<Object>> rows, JsonWriter json) {
		int x = table.columnIndex(b.xKey());
		json.field("kind", "bands").field("unit", table.column(b.yKeys().get(0)).unit().symbol())
				.field("xTitle", table.column(b.xKey()).label());
		json.name("labels").beginArray();
		rows.forEach(row -> json.value(String.valueOf(row.get(x))));
		json.endArray();
		datasets(table, b.yKeys(), rows, json, -1);
		return 300;
	}

	/** A heatmap as a table of shaded cells: x values across, y values down. */
	private static void heatmap(ReportTable table, Chart.Heatmap h, List<List<Object>> rows, String caption,
			StringBuilder out) {
		int x = table.columnIndex(h.xKey()), y = table.columnIndex(h.yKey()), v = table.columnIndex(h.valueKey());
		Column value = table.column(h.valueKey());
		LinkedHashSet<String> xs = new LinkedHashSet<>(), ys = new LinkedHashSet<>();
		Map<List<String>, Double> cells = new LinkedHashMap<>();
		for (List<Object> row : rows) {
			String cx = String.valueOf(row.get(x)), cy = String.valueOf(row.get(y));
			xs.add(cx);
			ys.add(cy);
			if (row.get(v) instanceof Number n && Double.isFinite(n.doubleValue())) {
				cells.put(List.of(cx, cy), n.doubleValue());
			}
		}
		double min = cells.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = cells.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		out.append("<figure class=\"heatmap\">");
		out.append("<figcaption>").append(Html.escape(value.label() + (caption.isEmpty() ? "" : " · " + caption)))
				.append("</figcaption><table><thead><tr><th>").append(Html.escape(table.column(h.yKey()).label()))
				.append(" \\ ").append(Html.escape(table.column(h.xKey()).label())).append("</th>");
		xs.forEach(cx -> out.append("<th>").append(Html.escape(cx)).append("</th>"));
		out.append("</tr></thead><tbody>\n");
		for (String cy : ys) {
			out.append("<tr><th>").append(Html.escape(cy)).append("</th>");
			for (String cx : xs) {
				Double cell = cells.get(List.of(cx, cy));
				double share = cell == null || max == min ? 0 : (cell - min) / (max - min);
				int light = (int) Math.round(95 - 55 * share);
				out.append("<td class=\"number\" style=\"background:hsl(215,70%,").append(light).append("%)")
						.append(light < 60 ? ";color:#fff" : "").append("\">")
						.append(cell == null ? "" : Html.escape(value.unit().human(cell))).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody></table></figure>\n");
	}

	/** One dataset per y column; with an x column, points {x, y} (a line chart over a numeric axis). */
	private static void datasets(ReportTable table, List<String> yKeys, List<List<Object>> rows, JsonWriter json,
			int x) {
		json.name("datasets").beginArray();
		int n = 0;
		for (String key : yKeys) {
			Column column = table.column(key);
			int y = table.columnIndex(key);
			json.beginObject().field("label", column.label()).field("unit", column.unit().symbol())
					.field("colour", PALETTE[n++ % PALETTE.length]);
			json.name("data").beginArray();
			for (List<Object> row : rows) {
				if (x < 0) {
					jsonValue(json, row.get(y));
				} else {
					json.beginObject().name("x");
					jsonValue(json, row.get(x));
					json.name("y");
					jsonValue(json, row.get(y));
					json.endObject();
				}
			}
			json.endArray().endObject();
		}
		json.endArray();
	}

	private static String colour(String name, int index) {
		return COLOURS.getOrDefault(name, PALETTE[(index + 3) % PALETTE.length]);
	}

	private static String resource(String name) {
		try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A cell as a JSON value for the charts' data: numbers as numbers, booleans as booleans, the rest as text. */
	private static void jsonValue(JsonWriter json, Object value) {
		if (value instanceof Number number) {
			json.value(number.doubleValue());
		} else if (value instanceof Boolean b) {
			json.value(b.booleanValue());
		} else {
			json.value(value == null ? null : value.toString());
		}
	}
}
