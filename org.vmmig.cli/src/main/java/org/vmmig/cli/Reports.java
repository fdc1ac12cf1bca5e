package org.vmmig.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.report.ResultJson;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.report.CsvRenderer;
import org.vmmig.report.HtmlRenderer;
import org.vmmig.report.Report;
import org.vmmig.report.ReportNames;
import org.vmmig.report.ReportTable;
import org.vmmig.report.ResultReports;
import org.vmmig.report.StagedFiles;

/**
 * Writes scenario results as reports (HTML, CSV or the result's JSON document); what {@code vmmig simulate},
 * {@code vmmig report}, {@code vmmig compare} and the Maven plugin's report goal share. A run's files are one
 * {@link StagedFiles} set: they appear together when the run succeeds, none of them when it fails or is stopped.
 */
public final class Reports {

	/** How a report is written. */
	public enum Format {
		/** One self-contained page per scenario: {@code <file>-<scenario>.html}. */
		html,
		/** One file per table: {@code <file>-<scenario>-<table>.csv}. */
		csv,
		/** The result's JSON document, as {@code vmmig simulate} writes it: {@code <file>-<scenario>.json}. */
		json
	}

	private Reports() {
	}

	/** The scenarios of a file, in source order. */
	public static List<Scenario> scenarios(LoadedFile file) {
		return ScenarioRunner.scenarios(file.model());
	}

	/**
	 * Checks, before anything runs, that no two scenarios of the run would write a report of the same name (two
	 * {@code model.vmig} in different folders, both with a scenario {@code drain}): that would be one file silently
	 * overwriting the other. Throws a usage error naming both.
	 */
	public static void checkUniqueNames(List<LoadedFile> files) throws InputException {
		java.util.Map<String, String> seen = new java.util.HashMap<>();
		for (LoadedFile file : files) {
			for (Scenario scenario : scenarios(file)) {
				String stem = ReportNames.stem(file.path().getFileName().toString(), scenario.getName());
				String source = "scenario " + scenario.getName() + " of " + file.path();
				String earlier = seen.putIfAbsent(stem, source);
				if (earlier != null) {
					throw new InputException("two results would be written as '" + stem + "': " + earlier + " and "
							+ source + "; rename one file or scenario, or run them separately with their own -o DIR");
				}
			}
		}
	}

	/** The scenarios of a file that evacuate hosts (evacuations and predicted failures): what compare compares. */
	public static List<Scenario> evacuations(LoadedFile file) {
		return scenarios(file).stream().filter(ScenarioRunner::plansWithoutTraces).toList();
	}

	/** The policy of this name the model sees (its own or imported), or null. */
	public static Policy policy(Model model, String name) {
		return ModelElements.visibleFrom(model).stream().filter(Policy.class::isInstance).map(Policy.class::cast)
				.filter(p -> name.equals(p.getName())).findFirst().orElse(null);
	}

	/** The names of the policies the model sees, for messages. */
	public static List<String> policyNames(Model model) {
		return ModelElements.visibleFrom(model).stream().filter(Policy.class::isInstance)
				.map(p -> ((Policy) p).getName()).toList();
	}

	/** Writes the report of one scenario's result into a run's set of files; returns where they will be. */
	public static List<Path> write(ScenarioResult result, StagedFiles files, Format format) throws IOException {
		String stem = ReportNames.stem(result.model(), result.scenario());
		if (format == Format.json) {
			return List.of(files.write(stem + ".json", ResultJson.toJson(result)));
		}
		return write(ResultReports.of(result), files, stem, format);
	}

	/** Writes a report of tables into a run's set of files, with names starting with {@code stem}. */
	public static List<Path> write(Report report, StagedFiles files, String stem, Format format) throws IOException {
		List<Path> written = new ArrayList<>();
		switch (format) {
		case html -> written.add(files.write(stem + ".html", new HtmlRenderer().render(report)));
		case csv -> {
			CsvRenderer csv = new CsvRenderer();
			for (ReportTable table : report.tables()) {
				written.add(files.write(stem + "-" + table.id() + ".csv", csv.render(table)));
			}
		}
		case json -> throw new IllegalArgumentException("a table report has no JSON form; write the result instead");
		}
		return written;
	}
}
