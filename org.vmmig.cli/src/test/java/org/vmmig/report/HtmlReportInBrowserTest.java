package org.vmmig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.vmmig.cli.ExitCodes;
import org.vmmig.cli.Main;

/**
 * Opens HTML reports in a real headless browser (Chromium): the page must draw every chart with the
 * Chart.js it carries, log nothing to the console, and show hostile names as text. Screenshots go to
 * target/screenshots.
 */
class HtmlReportInBrowserTest {

	private static final Path TARGET = Path.of("target");
	private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
	private static final Pattern RENDERED = Pattern.compile("<body[^>]*\\sdata-charts-rendered=\"(\\d+)\"");
	private static final Pattern EXPECTED = Pattern.compile("<body[^>]*\\sdata-charts-expected=\"(\\d+)\"");

	@Test
	void theReportOfTheLabExampleDrawsTheTimelineAndEveryPreCopysRounds() throws Exception {
		Chromium chromium = Chromium.find(TARGET.resolve("chromium"));
		Path output = Files.createTempDirectory(TARGET, "browser-report");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(out), new PrintWriter(err), "report", "../examples/lab.vmig", "-o",
				output.toString());
		assertEquals(ExitCodes.OK, code, err.toString());
		Path html = output.resolve("lab-maintenanceH1.html");

		Chromium.Page page = chromium.open(html);
		assertEquals(List.of(), page.console(), "console messages");
		// one timeline and the rounds of each of the four pre-copies
		assertEquals("5", group(EXPECTED, page.dom()), page.dom());
		assertEquals("5", group(RENDERED, page.dom()), "charts drawn");
		assertTrue(page.dom().contains("<td>cache</td>"), page.dom());
		chromium.screenshot(html, SCREENSHOTS.resolve("lab-maintenanceH1.png"), 2000);
	}

	@Test
	void hostileNamesAreShownAsTextAndATimeSeriesIsDrawnAsALineChart() throws Exception {
		Chromium chromium = Chromium.find(TARGET.resolve("chromium"));
		Report plan = PlanTables.scenario(SamplePlans.hostile("<img src=x onerror=alert(2)>.vmig"));
		List<ReportTable> tables = new ArrayList<>(plan.tables());
		tables.add(SamplePlans.energyOverTime());
		Path html = Files.createTempDirectory(TARGET, "browser-report").resolve("hostile.html");
		AtomicFiles.write(html, new HtmlRenderer().render(new Report(plan.title(), plan.subtitle(), tables)));

		Chromium.Page page = chromium.open(html);
		assertEquals(List.of(), page.console(), "console messages");
		assertEquals("3", group(RENDERED, page.dom()), "timeline, rounds of the pre-copy, time series");
		// the browser parsed the names as text: serialised back they are escaped again, and no element came of them
		assertTrue(page.dom().contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), page.dom());
		assertTrue(page.dom().contains("&lt;img src=x onerror=alert(2)&gt;.vmig"), page.dom());
		assertEquals(3, count(Pattern.compile("<script\\b"), page.dom()), "script elements");
		assertFalse(page.dom().contains("<img"), page.dom());
		assertFalse(page.dom().contains("<b>bold"), page.dom());
		chromium.screenshot(html, SCREENSHOTS.resolve("hostile-names.png"), 2400);
	}

	@Test
	void aSweepReportDrawsTheParetoFrontThePercentileBandsAndAHeatmap() throws Exception {
		Chromium chromium = Chromium.find(TARGET.resolve("chromium"));
		Path dir = Files.createTempDirectory(TARGET, "browser-sweep");
		Path model = Files.writeString(dir.resolve("drain.vmig"), """
				host h1 { memory 64 GiB nic 10 Gbps }
				host h2 { memory 64 GiB nic 10 Gbps }
				network lan { bandwidth 10 Gbps connects h1, h2 }
				vm a { memory 8 GiB on h1 }
				vm b { memory 4 GiB on h1 }
				policy p { max-per-host 2 }
				scenario drain { evacuate h1 using p }
				sweep s { scenario drain vary downtime-limit 100 ms, 1 s vary bandwidth-cap 2 Gbps, 8 Gbps
					uncertain dirty-rate uniform 20 MiB/s to 300 MiB/s samples 30 seed 1
					best minimize makespan where max-downtime < 1 s }
				""");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(out), new PrintWriter(err), "sweep", model.toString(), "-o", dir.toString());
		assertEquals(ExitCodes.OK, code, err.toString());
		Path html = dir.resolve("drain-s.html");
		Chromium.Page page = chromium.open(html);
		assertEquals(List.of(), page.console(), "console messages");
		// the Pareto scatter and one band chart per metric of a plan (8)
		assertEquals("9", group(EXPECTED, page.dom()), "charts expected");
		assertEquals("9", group(RENDERED, page.dom()), "charts drawn");
		assertTrue(page.dom().contains("<figure class=\"heatmap\">"), "the heatmap of the two knobs");
		chromium.screenshot(html, SCREENSHOTS.resolve("sweep.png"), 4000);
	}

	private static String group(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? m.group(1) : "(none)";
	}

	private static int count(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
