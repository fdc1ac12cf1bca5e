package org.vmmig.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.engine.cost.PreCopyModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.PreCopyPolicy;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.report.JsonReport;

/** The JSON report: names from models are escaped, numbers are plain, and the file appears whole. */
class JsonReportTest {

	private static Plan planFor(String vmName) {
		DataCenter dc = new DataCenter(List.of(new Host("h1", 8e9, 1.25e9), new Host("h2", 8e9, 1.25e9)),
				List.of(new Vm(vmName, 1e9, 0, "h1")), List.of(new Network("lan", 1.25e9, 0, List.of("h1", "h2"))));
		return new EvacuationPlanner(new PreCopyModel()).evacuate(dc, "h1", PreCopyPolicy.defaults());
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
		// 1e9 bytes over 1.25e9 B/s with no dirtying: one round of 0.8 s, then an empty stop-and-copy
		assertTrue(json.contains("\"makespanSeconds\": 0.8"), json);
		assertTrue(json.contains("\"bytesTransferred\": 1000000000"), json);
		assertTrue(json.contains("\"stopAndCopy\": true"), json);
		assertTrue(json.replaceAll("\\s", "").contains("\"unplaced\":[]"), json);
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
