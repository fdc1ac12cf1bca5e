package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.metrics.HeatmapChart;
import org.vmmig.dsl.ui.metrics.MetricsView;
import org.vmmig.dsl.ui.metrics.ReportTableControl;
import org.vmmig.dsl.ui.metrics.SweepTab;
import org.vmmig.dsl.ui.preferences.VmigPreferences;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.SweepReport;
import org.vmmig.dsl.ui.sweep.RunSweepHandler;
import org.vmmig.dsl.ui.sweep.SweepJob;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.sweep.RunMetrics;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.sweep.SweepResults;
import org.vmmig.report.ColumnUnit;
import org.vmmig.report.ReportTable;
import org.vmmig.report.SweepFiles;
import org.vmmig.report.SweepJson;

/**
 * Run Sweep on the bundled {@code examples/sweeps.vmig}, in a workspace laid out as the repository is: the examples
 * in a project, the traces' {@code ../shared} as a project named {@code shared} beside it (both on links to the real
 * folders, so the model's relative trace folders resolve as on disk). The workbench's results are compared with what
 * {@code vmmig sweep} computes for the same file ({@link CliSweeps}).
 */
@ExtendWith(ScreenshotOnFailure.class)
class RunSweepTest {

	/** 200 day-long simulations on the test machine's cores, while other builds may run. */
	private static final Duration TIMEOUT = Duration.ofSeconds(600);
	private static final Path EXAMPLES = Path.of(System.getProperty("vmmig.examples", "../examples")).toAbsolutePath()
			.normalize();
	private static final Path SWEEPS = EXAMPLES.resolve("sweeps.vmig");

	private IWorkbenchPage page;
	private Path folder;
	private IProject models;
	private IProject shared;

	@BeforeEach
	void linkTheExamplesAndTheSharedTraces() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlanViews.clear(page);
		// the model names its traces ../../shared/data/planetlab/<day>, relative to examples/
		Path planetlab = EXAMPLES.resolve("../../shared/data/planetlab").normalize();
		assertTrue(Files.isDirectory(planetlab), "the PlanetLab traces beside the repository: " + planetlab);
		folder = Files.createTempDirectory("vmmig-sweep-workspace");
		// the examples folder holds links to the examples, so the sweeps' reports folder is the test's, not the repository's
		Files.createDirectories(folder.resolve("models/examples"));
		try (var examples = Files.list(EXAMPLES)) {
			for (Path example : examples.toList()) {
				Files.createSymbolicLink(folder.resolve("models/examples").resolve(example.getFileName()), example);
			}
		}
		Files.createDirectories(folder.resolve("shared/data"));
		Files.createSymbolicLink(folder.resolve("shared/data/planetlab"), planetlab);
		models = project("sweep-models", folder.resolve("models"));
		shared = project("shared", folder.resolve("shared"));
	}

	private static IProject project(String name, Path location) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocation(IPath.fromOSString(location.toString()));
		project.create(description, null);
		project.open(null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null); // the workspace knows every file, as after an import
		return project;
	}

	@AfterEach
	void removeTheProjectsButNotTheFilesTheyLinkTo() throws Exception {
		page.closeAllEditors(false);
		for (IProject project : List.of(models, shared)) {
			if (project != null && project.exists()) {
				project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
			}
		}
		// the walk does not follow links, and deleting a link never touches what it points to
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@Test
	void theSweepAtTheEditorsCaretRunsWithTheClisNumbersAndShowsInTheSweepTab() throws Exception {
		assertEquals(RunOptions.DEFAULTS, VmigPreferences.runOptions(), "the preferences are the CLI's defaults");
		IFile model = models.getFile("examples/sweeps.vmig");
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, model);
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		editor.selectAndReveal(text.indexOf("sweep days") + "sweep d".length(), 0); // the caret in sweep days

		long start = System.nanoTime();
		SweepJob job = (SweepJob) PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(RunSweepHandler.COMMAND_ID, null);
		SweepReport shown = published(job);
		System.out.printf("RunSweepTest: the workbench ran sweep days (200 runs) in %.1f s%n", (System.nanoTime() - start) / 1e9);
		assertEquals(IStatus.INFO, job.getResult().getSeverity(), job.getResult().getMessage());
		SweepResults workbench = shown.results();
		SweepResults cli = CliSweeps.run(SWEEPS, "days");

		// the same runs, each with the same numbers, in the same order
		assertEquals(200, cli.outcomes().size());
		assertEquals(0, cli.failures(), "every day × detector runs");
		assertFalse(workbench.partial());
		for (int i = 0; i < cli.outcomes().size(); i++) {
			assertEquals(cli.outcomes().get(i), workbench.outcomes().get(i), "run " + i + ": " + cli.labels(i));
		}
		// the same best configuration under the sweep's constraint, the same front, the same JSON byte for byte
		FinishedRun<RunMetrics> best = cli.best().orElseThrow();
		assertEquals(best.index(), workbench.best().orElseThrow().index());
		assertEquals(cli.paretoFront(), workbench.paretoFront());
		assertEquals(SweepJson.write(cli), SweepJson.write(workbench));
		// its files in the reports folder beside the model, in the workspace, the bytes the CLI's path writes
		assertTrue(job.getResult().getMessage().endsWith("files written to /sweep-models/examples/reports."),
				job.getResult().getMessage());
		assertSameFilesAsTheClis(job, cli, models.getFolder("examples/reports"));

		// what the sweep tab shows is that result
		MetricsView view = (MetricsView) page.findView(MetricsView.ID);
		assertNotNull(view, "Run Sweep brings up the Metrics view");
		assertTrue(view.showsSweep(), "the sweep tab is in front");
		SweepTab tab = view.sweepTab();
		assertTrue(tab.title().startsWith("sweeps.vmig — sweep days  —  scenario day: 200 of 200 runs finished on "),
				tab.title());
		assertEquals(Map.of("run", Integer.toString(best.index()), "energy [J]",
				ColumnUnit.JOULES.human(best.result().get(SweepMetric.ENERGY))),
				Map.of("run", cell(tab.records().get("best"), "run"), "energy [J]", cell(tab.records().get("best"), "energy [J]")),
				"the best configuration, with its energy in joules");
		assertEquals("no", cell(tab.records().get("sweep"), "partial"));

		ReportTableControl runs = tab.tables().get("runs");
		assertEquals(200, runs.widget().getItemCount(), "a row per run");
		int energy = runs.table().columnIndex("energyJoules");
		assertEquals("energy [J]", runs.widget().getColumn(energy).getText());
		for (int line : new int[] { 0, 57, 199 }) { // lines as the table draws them, from the CLI's numbers
			FinishedRun<RunMetrics> run = cli.outcomes().get(line);
			assertEquals(Integer.toString(run.index()), runs.widget().getItem(line).getText(0));
			assertEquals(ColumnUnit.JOULES.human(run.result().get(SweepMetric.ENERGY)), runs.widget().getItem(line).getText(energy));
		}
		runs.sortBy(energy); // a click on the energy column's header
		double least = cli.outcomes().stream().mapToDouble(o -> o.result().get(SweepMetric.ENERGY)).min().orElseThrow();
		assertEquals(ColumnUnit.JOULES.human(least), runs.widget().getItem(0).getText(energy), "sorted: least energy first");
		runs.sortBy(energy);
		double most = cli.outcomes().stream().mapToDouble(o -> o.result().get(SweepMetric.ENERGY)).max().orElseThrow();
		assertEquals(ColumnUnit.JOULES.human(most), runs.widget().getItem(0).getText(energy), "again: most energy first");

		// the Pareto front's scatter: the front's runs, emphasised, left to right; every other run beside them
		ISeries<?> front = tab.paretoChart().chart().getSeriesSet().getSeries("Pareto front");
		List<FinishedRun<RunMetrics>> onFront = cli.paretoFront().stream().map(cli.outcomes()::get)
				.sorted(Comparator.comparingDouble(o -> o.result().get(SweepMetric.ENERGY))).toList();
		assertEquals(Arrays.toString(onFront.stream().mapToDouble(o -> o.result().get(SweepMetric.ENERGY)).toArray()),
				Arrays.toString(front.getXSeries()));
		assertEquals(Arrays.toString(onFront.stream().mapToDouble(o -> o.result().get(SweepMetric.SLAV)).toArray()),
				Arrays.toString(front.getYSeries()));
		assertEquals(200 - onFront.size(), tab.paretoChart().chart().getSeriesSet().getSeries("other runs").getXSeries().length);
		assertTrue(tab.paretoChart().chart().getAxisSet().getXAxis(0).getTitle().getText().matches("energy \\([kMGT]?J\\)"),
				"energy in joules: " + tab.paretoChart().chart().getAxisSet().getXAxis(0).getTitle().getText());
		// docs/images/metrics-sweep-tab.png: the view maximised in a window filling the display
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getClientArea());
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		WorkbenchDriver.settle(Duration.ofMillis(800));
		WorkbenchDriver.screenshot(WorkbenchDriver.screenshotDirectory(), "metrics-sweep-tab");

		theHeatMapShowsTheHeatmapTable(tab, workbench);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void cancellingKeepsTheFinishedRunsAndMarksTheResultPartial() throws Exception {
		IFile model = models.getFile("examples/sweeps.vmig");
		SweepJob job = (SweepJob) Commands.onSelectedFile(RunSweepHandler.COMMAND_ID, model,
				Map.of(RunSweepHandler.SWEEP_PARAMETER, "days"));
		WorkbenchDriver.waitUntil("a few runs finish", TIMEOUT, () -> job.finishedRuns() >= 3 || job.getResult() != null);
		job.cancel();
		SweepReport shown = published(job);

		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
		assertTrue(job.getResult().getMessage().contains("partial"), job.getResult().getMessage());
		SweepResults partial = shown.results();
		assertTrue(partial.partial());
		int kept = partial.outcomes().size();
		assertTrue(kept >= 3 && kept < 200, kept + " runs kept of 200");
		// each kept run is what that run gives on its own, as the CLI computes it
		var cli = CliSweeps.task(SWEEPS, "days");
		for (FinishedRun<RunMetrics> run : List.of(partial.outcomes().get(0), partial.outcomes().get(kept - 1))) {
			assertEquals(cli.run(run.index()), run.result(), "run " + run.index());
		}
		assertTrue(SweepJson.write(partial).contains("\"partial\": true"), "the JSON the CLI would write says partial");
		SweepTab tab = ((MetricsView) page.findView(MetricsView.ID)).sweepTab();
		assertTrue(tab.title().startsWith("sweeps.vmig — sweep days (partial)  —  scenario day: " + kept + " of 200 runs"),
				tab.title());
		assertTrue(tab.title().contains("PARTIAL: the sweep was stopped"), tab.title());
		assertEquals("yes", cell(tab.records().get("sweep"), "partial"));
		assertEquals(Integer.toString(kept), cell(tab.records().get("sweep"), "runs finished"));
		assertEquals(kept, tab.tables().get("runs").widget().getItemCount());
		// its files are written too, marked partial, as after Ctrl-C in the CLI
		IFolder reports = models.getFolder("examples/reports");
		String json = Files.readString(reports.getFile("sweeps-days.json").getLocation().toFile().toPath());
		assertTrue(json.contains("\"partial\": true"), "the JSON written says partial");
		assertEquals(SweepJson.write(partial), json);
		assertTrue(Files.readString(reports.getFile("sweeps-days.html").getLocation().toFile().toPath())
				.contains("sweep days (partial)"), "the page's title says partial");
	}

	@Test
	void withSeveralSweepsAndNoCaretTheUserPicksOneAndItsPercentilesShow() throws Exception {
		IFile model = models.getFile("examples/sweeps.vmig");
		DialogDriver dialogDriver = whenShellOpens("Run Sweep", dialog -> {
			Text filter = WorkbenchDriver.controls(dialog, Text.class).get(0);
			WorkbenchDriver.type(filter, "drain");
			Table sweeps = WorkbenchDriver.controls(dialog, Table.class).get(0);
			// the dialog filters its list asynchronously: wait for it rather than read it at once
			WorkbenchDriver.waitUntil("the filter leaves drainTime", Duration.ofSeconds(30), () -> sweeps.getItemCount() == 1);
			WorkbenchDriver.select(sweeps, 0);
			WorkbenchDriver.click(WorkbenchDriver.button(dialog, "OK"));
		});
		SweepJob job = (SweepJob) Commands.onSelectedFile(RunSweepHandler.COMMAND_ID, model);
		dialogDriver.rethrow();
		assertNotNull(job, "the dialog's choice runs");
		SweepResults workbench = published(job).results();
		SweepResults cli = CliSweeps.run(SWEEPS, "drainTime");

		assertEquals("drainTime", workbench.sweep());
		assertEquals(600, workbench.outcomes().size(), "3 downtime limits × 200 samples");
		assertEquals(SweepJson.write(cli), SweepJson.write(workbench));
		SweepTab tab = ((MetricsView) page.findView(MetricsView.ID)).sweepTab();
		ReportTableControl makespan = tab.tables().get("percentiles-makespan");
		assertNotNull(makespan, "a percentile table per metric: " + tab.tables().keySet());
		assertEquals(3, makespan.widget().getItemCount(), "one row per downtime limit");
		assertEquals(List.of("configuration", "samples", "P50 [s]", "P50 low [s]", "P50 high [s]", "P95 [s]",
				"P95 low [s]", "P95 high [s]", "P99 [s]", "P99 low [s]", "P99 high [s]"),
				Arrays.stream(makespan.widget().getColumns()).map(c -> c.getText()).toList());
		assertEquals("200", makespan.widget().getItem(0).getText(1));
		// its bands: P50, P95 and P99 of each downtime limit, the table's own values
		ISeries<?> p95 = tab.bandCharts().get("percentiles-makespan").chart().getSeriesSet().getSeries("P95");
		int p95Column = makespan.table().columnIndex("p95");
		assertEquals(Arrays.toString(makespan.table().rows().stream().mapToDouble(r -> ((Number) r.get(p95Column)).doubleValue())
				.toArray()), Arrays.toString(p95.getYSeries()));
	}

	@Test
	void aRunThatFailsIsARowWithItsReasonAndTheOthersGoOn() throws Exception {
		IFile model = models.getFile("partly.vmig");
		model.create(new java.io.ByteArrayInputStream("""
				import "examples/consolidation.vmig"
				sweep partly { scenario day vary traces "../shared/data/planetlab/20110303", "no-such-day" }
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		SweepJob job = (SweepJob) Commands.onSelectedFile(RunSweepHandler.COMMAND_ID, model);
		SweepResults results = published(job).results();

		assertEquals(IStatus.INFO, job.getResult().getSeverity(), job.getResult().getMessage());
		assertTrue(job.getResult().getMessage().endsWith("2 of 2 runs, 1 failed; 6 files written to /sweep-models/reports."),
				job.getResult().getMessage());
		assertTrue(results.outcomes().get(0).succeeded());
		SweepTab tab = ((MetricsView) page.findView(MetricsView.ID)).sweepTab();
		assertEquals("1", cell(tab.records().get("sweep"), "runs failed"));
		ReportTableControl runs = tab.tables().get("runs");
		int failure = runs.table().columnIndex("failure");
		int energy = runs.table().columnIndex("energyJoules");
		assertEquals("", runs.widget().getItem(0).getText(failure));
		assertEquals("traces folder 'no-such-day' is not a folder", runs.widget().getItem(1).getText(failure));
		assertEquals("", runs.widget().getItem(1).getText(energy), "a failed run has no metrics");
		assertEquals(1, tab.tables().get("pareto").widget().getItemCount(), "the front is of the finished runs");
	}

	@Test
	void aModelWithErrorsRunsNoSweepAndTheJobSaysWhy() throws Exception {
		IFile model = models.getFile("broken.vmig");
		model.create(new java.io.ByteArrayInputStream("""
				import "examples/consolidation.vmig"
				sweep s { scenario day vary detector thr 0.8 best minimize nonsense }
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		SweepJob job = (SweepJob) Commands.onSelectedFile(RunSweepHandler.COMMAND_ID, model);
		WorkbenchDriver.waitUntil("the sweep job ends", TIMEOUT, () -> job.getResult() != null);

		assertEquals(IStatus.WARNING, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().matches("No sweep run: broken\\.vmig has [1-9][0-9]* error\\(s\\); see the Problems view\\."),
				job.getResult().getMessage());
		assertTrue(job.report().isEmpty());
	}

	/**
	 * The job wrote, in the workspace (refreshed: the Project Explorer lists them), the files {@code vmmig sweep -o}
	 * writes for the CLI's results: the same names, the same bytes.
	 */
	private static void assertSameFilesAsTheClis(SweepJob job, SweepResults cli, IFolder reports) throws Exception {
		Path clis = Files.createTempDirectory("vmmig-cli-sweep");
		try {
			List<Path> expected = SweepFiles.write(cli, clis);
			assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
					job.written().stream().map(p -> p.getFileName().toString()).toList(), "the HTML, the JSON, a CSV per table");
			for (Path file : expected) {
				IFile written = reports.getFile(file.getFileName().toString());
				assertTrue(written.exists(), written.getFullPath() + " is in the workspace");
				assertEquals(Files.readString(file), Files.readString(written.getLocation().toFile().toPath()),
						file.getFileName() + ": the CLI's bytes");
			}
		} finally {
			try (var paths = Files.walk(clis)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/**
	 * The heat map tab draws the sweep's heatmap table: a cell per pair of the first two knobs' values, shaded in the
	 * order of their values (the lowest in the scale's lightest colour, the highest in its darkest, on screen too),
	 * a legend with both ends in joules, and a tooltip naming both knob values and the value.
	 */
	private static void theHeatMapShowsTheHeatmapTable(SweepTab tab, SweepResults results) throws Exception {
		assertTrue(tab.showTab("heatmap"), "a heat map tab");
		WorkbenchDriver.settle(Duration.ofMillis(500));
		HeatmapChart heatmap = tab.heatmapChart();
		assertNotNull(heatmap);
		ReportTable table = tab.tables().get("heatmap").table();
		List<HeatmapChart.Cell> cells = heatmap.cells();
		assertEquals(results.levels().get(0).size() * results.levels().get(1).size(), cells.size(),
				"a cell per pair of the first two knobs' values: " + results.knobs());
		int value = table.columnIndex("value");
		assertEquals(table.rows().stream().map(r -> r.get(value)).toList(), cells.stream().map(HeatmapChart.Cell::value).toList(),
				"the table's values");
		List<HeatmapChart.Cell> ordered = cells.stream().sorted(Comparator.comparingDouble(HeatmapChart.Cell::value)).toList();
		HeatmapChart.Cell least = ordered.get(0), most = ordered.get(ordered.size() - 1);
		assertEquals(HeatmapChart.scale().get(0), least.colour(), "the lowest value has the scale's first colour");
		assertEquals(HeatmapChart.scale().get(1), most.colour(), "the highest value has the scale's last colour");
		for (int i = 1; i < ordered.size(); i++) { // darker as the value grows
			assertTrue(brightness(ordered.get(i).colour()) <= brightness(ordered.get(i - 1).colour()),
					ordered.get(i - 1) + " then " + ordered.get(i));
		}
		assertTrue(brightness(most.colour()) < brightness(least.colour()));
		assertEquals(List.of(ColumnUnit.JOULES.human(least.value()), ColumnUnit.JOULES.human(most.value())), heatmap.legend());
		// what is on screen: each end's cell painted in its colour
		assertEquals(least.colour(), pixel(heatmap, least), "the lowest cell on screen");
		assertEquals(most.colour(), pixel(heatmap, most), "the highest cell on screen");
		// the pointer over the highest cell: its tooltip names both knobs' values and the value
		Rectangle bounds = heatmap.bounds(most);
		Event move = new Event();
		move.x = bounds.x + bounds.width / 2;
		move.y = bounds.y + bounds.height / 2;
		heatmap.canvas().notifyListeners(SWT.MouseMove, move);
		String tip = heatmap.canvas().getToolTipText();
		assertNotNull(tip, "a tooltip on the cell");
		assertTrue(tip.contains(results.knobs().get(0) + ": " + most.x()), tip);
		assertTrue(tip.contains(results.knobs().get(1) + ": " + most.y()), tip);
		assertTrue(tip.contains("mean energy: " + ColumnUnit.JOULES.human(most.value())), tip);
		WorkbenchDriver.screenshot(WorkbenchDriver.screenshotDirectory(), "metrics-sweep-heatmap");
	}

	private static int brightness(RGB colour) {
		return colour.red + colour.green + colour.blue;
	}

	/** The colour the canvas shows just inside a cell's top-left corner (clear of its centred text). */
	private static RGB pixel(HeatmapChart heatmap, HeatmapChart.Cell cell) {
		Rectangle bounds = heatmap.bounds(cell);
		var size = heatmap.canvas().getSize();
		Image image = new Image(heatmap.canvas().getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				assertTrue(heatmap.canvas().print(gc), "the canvas draws into an image");
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(bounds.x + 1, bounds.y + 1));
		} finally {
			image.dispose();
		}
	}

	/** Waits for a sweep job and for its result in the shared results (and so in the Metrics view). */
	private static SweepReport published(SweepJob job) {
		WorkbenchDriver.waitUntil("the sweep job ends", TIMEOUT, () -> job.getResult() != null);
		assertTrue(job.report().isPresent(), "the job has a result: " + job.getResult().getMessage());
		WorkbenchDriver.waitUntil("the sweep is published", TIMEOUT,
				() -> CurrentResults.shared().sweep().orElse(null) == job.report().get());
		WorkbenchDriver.processEvents();
		return job.report().get();
	}

	/** The value beside a label in a one-row table shown as a list (the sweep tab's summary, best). */
	private static String cell(Table record, String label) {
		for (var item : record.getItems()) {
			if (item.getText(0).equals(label)) {
				return item.getText(1);
			}
		}
		throw new AssertionError("no " + label + " in " + Arrays.stream(record.getItems()).map(i -> i.getText(0)).toList());
	}

	/**
	 * Runs {@code driver} in the event loop of a modal dialog once a shell titled {@code title} opens (a command that
	 * opens one does not return before it closes).
	 */
	private static DialogDriver whenShellOpens(String title, Consumer<Shell> driver) {
		Display display = Display.getCurrent();
		DialogDriver handle = new DialogDriver();
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					try {
						driver.accept(shell);
					} catch (Throwable failure) { // a failed step closes the dialog, so the test fails instead of hanging
						handle.failure = failure;
						if (!shell.isDisposed()) {
							shell.close();
						}
					}
					return;
				}
			}
			if (System.nanoTime() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
		return handle;
	}

	/** What went wrong while driving a dialog, if anything: rethrown by the test once the command returned. */
	private static final class DialogDriver {
		Throwable failure;

		void rethrow() throws Exception {
			if (failure instanceof Exception e) {
				throw e;
			}
			if (failure instanceof Error e) {
				throw e;
			}
		}
	}
}
