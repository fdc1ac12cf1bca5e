package org.vmmig.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.report.JsonReport;

/** The JSON report: names from models are escaped, numbers are plain, and the file appears whole. */
class JsonReportTest {

	private static Plan planFor(String vmName) {
		DataCenter dc = new DataCenter(List.of(new Host("h1", 8e9, 1.25e9), new Host("h2", 8e9, 1.25e9)),
				List.of(new Vm(vmName, 1e9, 0, "h1")), List.of(new Network("lan", 1.25e9, 0, List.of("h1", "h2"))));
		return new EvacuationPlanner(MigrationModel.live()).evacuate(dc, "h1", MigrationPolicy.defaults());
	}

	@Test
	void hostileNamesAreEscaped() {
		String json = JsonReport.toJson(planFor("a\"b\\c</script>\n\u2028"));
		assertTrue(json.contains("\"vm\": \"a\\\"b\\\\c\\u003c/script>\\n\\u2028\""), json);
		assertFalse(json.contains("</script>"));
	}

	@Test
	void aPlanIsReportedWithItsTotalsAndEveryRound() {
		String json = JsonReport.toJson(planFor("web"));
		// 1e9 bytes with 8-byte page headers over 1.25e9 B/s, then a stop-and-copy of the 1 MiB device state
		double bytes = 1e9 * 4104 / 4096 + 1024 * 1024;
		assertEquals(bytes / 1.25e9, number(json, "makespanSeconds"), 1e-12);
		assertEquals(bytes, number(json, "bytesTransferred"), 1e-3);
		assertTrue(json.contains("\"outcome\": \"completed\""), json);
		assertTrue(json.contains("\"stopAndCopy\": true"), json);
		assertTrue(json.replaceAll("\\s", "").contains("\"unplaced\":[]"), json);
	}

	/** The first number reported under {@code key}. */
	private static double number(String json, String key) {
		Matcher matcher = Pattern.compile("\"" + key + "\": ([-0-9.eE]+)").matcher(json);
		assertTrue(matcher.find(), key + " in " + json);
		return Double.parseDouble(matcher.group(1));
	}

	@Test
	void theReportFileAppearsWholeAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
		Path report = dir.resolve("plan.json");
		JsonReport.write(planFor("web"), report);
		assertEquals(JsonReport.toJson(planFor("web")), Files.readString(report));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(report), files.toList());
		}
	}
}
