package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vmmig.dsl.ide.hover.ElementSummary;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.plan.PlanComputation;
import org.vmmig.dsl.ui.preferences.VmigPreferences;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.report.ResultJson;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.units.Formats;

/**
 * One model, one run, one answer, in the workbench: with the preferences set as each option set of
 * golden/options.properties says, Simulate (and Generate Report, which renders its results) gives the very
 * documents of golden/expected that the CLI and the Maven plugin write, and the hover on a VM shows the same
 * prediction.
 */
class GoldenResultsWorkbenchTest {

	private static final Path GOLDEN = Path.of(System.getProperty("vmmig.golden", "../golden"));
	private static final Path MODEL = GOLDEN.resolve("models").resolve("estate.vmig").toAbsolutePath().normalize();

	@AfterEach
	void restoreThePreferences() throws Exception {
		IEclipsePreferences preferences = preferences();
		for (String key : List.of(VmigPreferences.COST_MODEL, VmigPreferences.DEFAULT_DOWNTIME_LIMIT_MS,
				VmigPreferences.CLOUDSIM_RULES, VmigPreferences.SEED)) {
			preferences.remove(key);
		}
		preferences.flush();
	}

	@Test
	void simulateGivesTheGoldenDocumentsUnderThePreferences() throws Exception {
		String text = Files.readString(MODEL);
		for (Map.Entry<String, List<String>> set : optionSets().entrySet()) {
			setPreferences(set.getValue());
			ModelResults results = new PlanComputation(VmigUiPlugin.getDefault().injector()).compute("estate.vmig",
					URI.createFileURI(MODEL.toString()), text, VmigPreferences.runOptions(), new NullProgressMonitor());
			Map<String, String> documents = new TreeMap<>();
			for (ScenarioResult result : results.results()) {
				documents.put("estate-" + result.scenario() + ".json", ResultJson.toJson(result));
			}
			assertEquals(expected(set.getKey()), documents, "options " + set.getKey() + "; notes: " + results.notes());
		}
	}

	@Test
	void theHoverOnAVmPredictsWhatSimulateGivesUnderThePreferences() throws Exception {
		String text = Files.readString(MODEL);
		for (Map.Entry<String, List<String>> set : optionSets().entrySet()) {
			setPreferences(set.getValue());
			ModelResults results = new PlanComputation(VmigUiPlugin.getDefault().injector()).compute("estate.vmig",
					URI.createFileURI(MODEL.toString()), text, VmigPreferences.runOptions(), new NullProgressMonitor());
			Migration db = results.results().stream().filter(r -> r.scenario().equals("drain")).findFirst().orElseThrow()
					.plan().migrations().stream().filter(m -> m.vmName().equals("db")).findFirst().orElseThrow();
			MigrationEstimate e = db.estimate();
			XtextResource resource = new DocumentParser(VmigUiPlugin.getDefault().injector())
					.parse(URI.createFileURI(MODEL.toString()), text);
			String hover = VmigUiPlugin.getDefault().injector().getInstance(ElementSummary.class)
					.at(resource, text.indexOf("vm db ") + 3).orElseThrow();
			String line = "scenario drain: pre-copy h1 → " + db.targetHost() + ", " + Formats.seconds(db.durationSeconds())
					+ ", downtime " + Formats.seconds(e.downtimeSeconds()) + ", " + Formats.bytes(e.bytesTransferred());
			assertTrue(hover.contains(line), "options " + set.getKey() + ": " + line + " in\n" + hover);
		}
	}

	/** The workbench's preferences as the CLI flags of an option set say. */
	private static void setPreferences(List<String> flags) throws Exception {
		IEclipsePreferences preferences = preferences();
		preferences.put(VmigPreferences.COST_MODEL, value(flags, "--cost-model", VmigPreferences.COST_MODEL_LIVE));
		preferences.putBoolean(VmigPreferences.CLOUDSIM_RULES, flags.contains("--cloudsim-rules"));
		String downtime = value(flags, "--default-downtime-limit", "300ms");
		assertTrue(downtime.endsWith("ms"), "the preference takes milliseconds: " + downtime);
		preferences.putInt(VmigPreferences.DEFAULT_DOWNTIME_LIMIT_MS,
				Integer.parseInt(downtime.substring(0, downtime.length() - 2)));
		preferences.put(VmigPreferences.SEED, value(flags, "--seed", ""));
		preferences.flush();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(VmigUiPlugin.PLUGIN_ID);
	}

	private static String value(List<String> flags, String name, String fallback) {
		int i = flags.indexOf(name);
		return i < 0 ? fallback : flags.get(i + 1);
	}

	private static Map<String, List<String>> optionSets() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(GOLDEN.resolve("options.properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, List<String>> sets = new LinkedHashMap<>();
		for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
			sets.put(name, List.of(properties.getProperty(name).strip().split("\\s+")));
		}
		assertTrue(sets.size() >= 2, "both cost models");
		return sets;
	}

	private static Map<String, String> expected(String set) throws IOException {
		Map<String, String> documents = new TreeMap<>();
		try (Stream<Path> files = Files.list(GOLDEN.resolve("expected").resolve(set))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
				documents.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return documents;
	}
}
