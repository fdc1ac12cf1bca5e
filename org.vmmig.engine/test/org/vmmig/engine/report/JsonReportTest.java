package org.vmmig.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;

/** The result's JSON document: names from models are escaped, numbers are plain, keys in a fixed order. */
class JsonReportTest {

	private static ScenarioResult planFor(String vmName) {
		DataCenter dc = new DataCenter(List.of(new Host("h1", 8e9, 1.25e9), new Host("h2", 8e9, 1.25e9)),
				List.of(new Vm(vmName, 1e9, 0, "h1")), List.of(new Network("lan", 1.25e9, 0, List.of("h1", "h2"))));
		Plan plan = new EvacuationPlanner(MigrationModel.live()).evacuate(dc, "h1", MigrationPolicy.defaults());
		return ScenarioResult.ofPlan("lab.vmig", "drain", ScenarioResult.Action.EVACUATE, "standard", List.of("h1"), plan, List.of(),
				RunOptions.DEFAULTS);
	}

	@Test
	void hostileNamesAreEscaped() {
		String json = ResultJson.toJson(planFor("a\"b\\c</script>\n\u2028"));
		assertTrue(json.contains("\"vm\": \"a\\\"b\\\\c\\u003c/script>\\n\\u2028\""), json);
		assertFalse(json.contains("</script>"));
	}

	@Test
	void aPlanIsReportedWithItsTotalsAndEveryRound() {
		String json = ResultJson.toJson(planFor("web"));
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
	void anyNameSurvivesTheRoundTripThroughAStrictJsonParser() {
		for (String name : List.of("a\"b\\c<script>", "tab\there\u0001\u001f", "line\u2028para\u2029",
				"snow\u2603man \uD83D\uDE00", "half \uD800 pair", "\uDC00 low first")) {
			Object parsed = StrictJson.parse(ResultJson.toJson(planFor(name)));
			assertEquals(name, migration(parsed).get("vm"), "the report gives back the name the model had");
		}
	}

	@Test
	void keysComeInAFixedOrderSoReportsDiffCleanly() {
		Map<?, ?> report = (Map<?, ?>) StrictJson.parse(ResultJson.toJson(planFor("web")));
		assertEquals(List.of("schema", "formatVersion", "model", "scenario", "action", "policy", "options", "plan", "slaBreaches",
				"security"),
				List.copyOf(report.keySet()));
		assertEquals(List.of("evacuatedHosts", "feasible", "totals", "migrations", "unplaced"),
				List.copyOf(((Map<?, ?>) report.get("plan")).keySet()));
		assertEquals(List.of("round", "memoryBytes", "wireBytes", "seconds", "dirtiedBytes", "throttle", "stopAndCopy"),
				List.copyOf(((Map<?, ?>) ((List<?>) migration(report).get("trace")).get(0)).keySet()));
	}

	@Test
	void numbersThatAreNotFiniteAreWrittenAsNullNeverAsNaN() {
		String json = new JsonWriter().beginArray().value(Double.NaN).value(Double.POSITIVE_INFINITY).value(0.25)
				.value(1e20).endArray().toString();
		assertEquals(java.util.Arrays.asList(null, null, 0.25, 1e20), StrictJson.parse(json));
	}

	@Test
	void aNameWithABrokenSurrogateIsEscapedSoTheDocumentCanBeWrittenAsUtf8() {
		// a lone surrogate has no UTF-8 encoding: written raw, it would make the file write fail
		String json = ResultJson.toJson(planFor("x\uD800y"));
		assertTrue(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(json), "encodable as UTF-8");
		assertEquals("x\uD800y", migration(StrictJson.parse(json)).get("vm"));
	}

	@Test
	void theDocumentSaysWhatRanAndUnderWhichOptions() {
		Map<?, ?> report = (Map<?, ?>) StrictJson.parse(ResultJson.toJson(planFor("web")));
		assertEquals("vmmig-result", report.get("schema"));
		assertEquals("evacuate", report.get("action"));
		assertEquals(Map.of("costModel", "live", "rules", "vmmig", "defaultDowntimeLimitSeconds", 0.3),
				report.get("options"));
	}

	/** The first migration of a parsed report. */
	private static Map<?, ?> migration(Object report) {
		Map<?, ?> plan = (Map<?, ?>) ((Map<?, ?>) report).get("plan");
		return (Map<?, ?>) ((List<?>) plan.get("migrations")).get(0);
	}

	@Test
	void anUnplacedVmCarriesItsRefusalAsDataNextToTheSentence() {
		// a 16 GB VM and an 8 GB host to go to (the largest VM is placed first); the other VM crosses an untrusted LAN
		DataCenter dc = new DataCenter(List.of(new Host("h1", 32e9, 1.25e9), new Host("h2", 8e9, 1.25e9)),
				List.of(new Vm("big", 16e9, 0, "h1"), new Vm("web", 1e9, 0, "h1")),
				List.of(new Network("lan", 1.25e9, 0, 0, false, false, List.of("h1", "h2"))));
		Plan plan = new EvacuationPlanner(MigrationModel.live()).evacuate(dc, "h1", MigrationPolicy.defaults());
		Map<?, ?> report = (Map<?, ?>) StrictJson.parse(ResultJson.toJson(ScenarioResult.ofPlan("lab.vmig", "drain",
				ScenarioResult.Action.EVACUATE, "standard", List.of("h1"), plan, List.of(), RunOptions.DEFAULTS)));
		Map<?, ?> unplaced = (Map<?, ?>) ((List<?>) ((Map<?, ?>) report.get("plan")).get("unplaced")).get(0);
		assertEquals("big", unplaced.get("vm"));
		assertEquals("needs 14.90 GiB, largest free memory is 7.45 GiB on h2", unplaced.get("reason"));
		assertEquals(Map.of("kind", "shortage", "resource", "memory", "needed", 16e9, "available", 8e9,
				"missing", 8e9, "host", "h2"), unplaced.get("refusal"));
		Map<?, ?> web = migration(report);
		assertEquals(List.of("data-plane exposure: memory crosses an untrusted path unencrypted"), web.get("notes"));
		assertEquals(List.of(Map.of("kind", "data-plane-exposure")), web.get("noteDetails"));
	}
}
