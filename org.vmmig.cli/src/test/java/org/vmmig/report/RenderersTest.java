package org.vmmig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** One table model, two renderers: CSV and HTML (a result's JSON is its own document: ResultJson). */
class RenderersTest {

	private static ReportTable quoting() {
		return ReportTable.builder("quoting", "Quoting").column("name", "name, full", ColumnUnit.TEXT)
				.column("bytes", "data", ColumnUnit.BYTES).column("seconds", "time", ColumnUnit.SECONDS)
				.column("ok", "ok", ColumnUnit.BOOLEAN)
				.row("plain", 8589934592.0, 0.25, true)
				.row("a,b", 37587699340.20414, 1e-4, false)
				.row("say \"hi\"", 1, 3, null)
				.row("two\nlines", null, Double.NaN, true)
				.build();
	}

	@Test
	void csvHasAHeaderWithUnitsAndQuotesCommasQuotesAndLineBreaks() {
		String csv = new CsvRenderer().render(quoting());
		assertEquals("\"name, full\",data [B],time [s],ok\r\n"
				+ "plain,8589934592,0.25,true\r\n"
				+ "\"a,b\",37587699340.20414,0.0001,false\r\n"
				+ "\"say \"\"hi\"\"\",1,3,\r\n"
				+ "\"two\nlines\",,,true\r\n", csv);
	}

	@Test
	void csvOfAPlanHasNumbersInSiBaseUnits() {
		ReportTable migrations = PlanTables.scenario(SamplePlans.hostile("x.vmig")).table("migrations");
		List<String> lines = List.of(new CsvRenderer().render(migrations).split("\r\n"));
		assertEquals("vm,source,target,start [s],end [s],technique,outcome,rounds,downtime [s],duration [s],"
				+ "data sent [B],converged,bandwidth [B/s],source site,target site", lines.get(0));
		assertEquals("<script>alert(1)</script>,h1,\"h\"\"2\",0,12.5,pre-copy,completed,2,0.25,12.5,9000000000,true,"
				+ "1000000000,,", lines.get(1));
		assertTrue(lines.get(2).startsWith("\"db, \"\"primary\"\" & co\nline2\",h1,h3,12.5,32.5,post-copy,"), lines.get(2));
	}

	@Test
	void aRowMustHaveOneValuePerColumnAndChartsMustNameColumns() {
		ReportTable.Builder table = ReportTable.builder("t", "T").column("a", "a", ColumnUnit.TEXT);
		assertThrows(IllegalArgumentException.class, () -> table.row("x", "y"));
		assertThrows(IllegalArgumentException.class, () -> table.row(List.of()));
		assertThrows(IllegalArgumentException.class, () -> table.timeSeries("a", "missing").build());
		assertThrows(IllegalArgumentException.class, () -> ReportTable.builder("Not An Id", "x"));
	}

	@Test
	void htmlEscapesEveryNameAndTheJsonInsideScripts() {
		Report report = PlanTables.scenario(SamplePlans.hostile("x<y>.vmig"));
		String html = new HtmlRenderer("/* chart.js */").render(report);
		// the only script elements are the chart data, Chart.js and the page's own
		assertEquals(List.of("<script type=\"application/json\" id=\"vmmig-charts\">", "<script>", "<script>"),
				matches(Pattern.compile("<script[^>]*>", Pattern.CASE_INSENSITIVE), html));
		assertFalse(html.contains("alert(1)</script>"), "unescaped name");
		assertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
		assertTrue(html.contains("<title>x&lt;y&gt;.vmig — scenario drain&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
		assertTrue(html.contains("big &amp; &lt;b&gt;bold&lt;/b&gt;"));
		String marker = "id=\"vmmig-charts\">";
		int start = html.indexOf(marker) + marker.length();
		String data = html.substring(start, html.indexOf("</script>", start));
		assertFalse(data.contains("<") || data.contains(">") || data.contains("&"), data);
		assertTrue(data.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), data);
		assertTrue(data.contains("\\\"primary\\\" \\u0026 co\\nline2"), data);
		// line terminators in JavaScript before ES2019: escaped too
		assertEquals("[\"a\\u2028b\\u2029c\\u003c/script\\u003e\\u0026\"]",
				Html.scriptSafeJson("[\"a\u2028b\u2029c</script>&\"]"));
	}

	@Test
	void everyChartedTableGetsACanvasPerGroupAndTheBodyCountsThem() {
		Report report = PlanTables.scenario(SamplePlans.hostile("x.vmig"));
		List<ReportTable> tables = new ArrayList<>(report.tables());
		tables.add(SamplePlans.energyOverTime());
		String html = new HtmlRenderer("").render(new Report(report.title(), report.subtitle(), tables));
		// timeline, the rounds of the one pre-copy (the post-copy has none), the time series
		assertTrue(html.contains("<body data-charts-expected=\"3\">"), html);
		assertEquals(3, matches(Pattern.compile("<canvas id=\"chart-\\d\""), html).size());
		assertTrue(html.contains("<section id=\"energy\" class=\"time-series\">"), html);
		assertTrue(html.contains("\"kind\": \"lines\""), html);
	}

	@Test
	void humanUnitsInTablesExactValuesInTitles() {
		assertEquals("256 ms", ColumnUnit.SECONDS.human(0.256));
		assertEquals("8.00 GiB", ColumnUnit.BYTES.human(8589934592.0));
		assertEquals("1.25 GB/s", ColumnUnit.BYTES_PER_SECOND.human(1.25e9));
		assertEquals("yes", ColumnUnit.BOOLEAN.human(true));
		assertEquals("", ColumnUnit.SECONDS.human(null));
		assertEquals("37587699340.20414", ColumnUnit.plain(3.758769934020414E10));
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
