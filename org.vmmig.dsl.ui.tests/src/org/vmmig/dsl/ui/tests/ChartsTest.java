package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.dsl.ui.charts.InteractiveChart;
import org.vmmig.dsl.ui.metrics.MetricsCharts;
import org.vmmig.dsl.ui.metrics.MetricsView;
import org.vmmig.dsl.ui.plan.MigrationPlanView;
import org.vmmig.dsl.ui.plan.SimulateHandler;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.wizards.NewVmmigProjectWizard;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.units.Formats;

/**
 * The workbench's charts (SWTChart) after a Simulate, read back from the chart widgets themselves: their series
 * carry the ScenarioResult's numbers, their axes have titles with units, and a user can hover, zoom and save them.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ChartsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String PROJECT = "charts-lab";

	private IWorkbenchPage page;

	@BeforeEach
	void openTheExampleAndSimulate() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlanViews.clear(page);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
				.setBounds(PlatformUI.getWorkbench().getDisplay().getClientArea()); // room for the charts
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		PlanViews.clear(page);
		ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).delete(true, true, null);
	}

	/** Simulates a model of the project in its editor and waits until the Metrics view shows it. */
	private MetricsView simulate(IFile file) throws Exception {
		IDE.openEditor(page, file);
		Job job = (Job) PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(SimulateHandler.COMMAND_ID, null);
		WorkbenchDriver.waitUntil("the simulation ends", TIMEOUT, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		MetricsView metrics = (MetricsView) page.showView(MetricsView.ID);
		WorkbenchDriver.waitUntil("the metrics view shows " + file.getName(), TIMEOUT,
				() -> CurrentResults.shared().current().modelName().equals(file.getName())
						&& !metrics.chartWidgets().isEmpty());
		WorkbenchDriver.settle(Duration.ofMillis(300)); // laid out and painted: bars have their bounds
		return metrics;
	}

	private MetricsView simulateTheLab() throws Exception {
		return simulate(ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile("lab.vmig"));
	}

	/** Three under-used hosts to consolidate, and a time simulation of them ({@link TestModels}). */
	private static IFile packModel() throws Exception {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile("pack.vmig");
		file.create(new ByteArrayInputStream(TestModels.threeUnderusedHosts().getBytes(StandardCharsets.UTF_8)),
				true, null);
		return file;
	}

	private static List<Migration> migrations(ModelResults result) {
		return result.plans().stream().flatMap(r -> r.plan().migrations().stream()).toList();
	}

	private static double[] y(Chart chart, String series) {
		ISeries<?> s = chart.getSeriesSet().getSeries(series);
		assertNotNull(s, "a series named " + series + " in " + chart.getTitle().getText());
		return s.getYSeries();
	}

	@Test
	void theTimesChartsSeriesAreTheResultsDowntimeAndDurationOfEachMigration() throws Exception {
		MetricsView metrics = simulateTheLab();
		Chart chart = metrics.chartWidgets().get(0).chart();
		List<Migration> migrations = migrations(CurrentResults.shared().current());
		assertEquals(4, migrations.size(), "the lab's evacuation of h1");

		assertEquals(List.of("db1", "cache", "web1", "web2"),
				Arrays.asList(chart.getAxisSet().getXAxis(0).getCategorySeries()), "one group of bars per VM");
		assertArrayEquals(migrations.stream().mapToDouble(m -> m.estimate().downtimeSeconds()).toArray(),
				y(chart, MetricsCharts.DOWNTIME), "downtime bars");
		assertArrayEquals(migrations.stream().mapToDouble(Migration::durationSeconds).toArray(),
				y(chart, MetricsCharts.TOTAL_TIME), "total-time bars");
		assertEquals("VM", chart.getAxisSet().getXAxis(0).getTitle().getText());
		assertTrue(chart.getAxisSet().getYAxis(0).getTitle().getText().matches("Time \\((ms|s|min|h)\\)"),
				"the value axis names its unit: " + chart.getAxisSet().getYAxis(0).getTitle().getText());
		assertTrue(chart.getLegend().isVisible(), "a legend names the two series");
	}

	@Test
	void theRoundsChartFollowsTheSelectedMigrationWithTheResultsBytesPerRound() throws Exception {
		MetricsView metrics = simulateTheLab();
		MigrationPlanView plan = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		WorkbenchDriver.select(plan.table(), 1); // cache
		WorkbenchDriver.waitUntil("the rounds chart shows cache", TIMEOUT, () -> metrics.chartWidgets().size() > 1
				&& metrics.chartWidgets().get(1).chart().getTitle().getText().startsWith("Rounds of cache"));
		Chart rounds = metrics.chartWidgets().get(1).chart();
		Migration cache = migrations(CurrentResults.shared().current()).get(1);
		assertEquals("cache", cache.vmName());
		List<Round> trace = cache.estimate().trace();
		double[] preCopy = y(rounds, MetricsCharts.PRE_COPY);
		double[] stopAndCopy = y(rounds, MetricsCharts.STOP_AND_COPY);
		assertEquals(trace.size(), preCopy.length, "one bar per round");
		for (int i = 0; i < trace.size(); i++) {
			Round round = trace.get(i);
			assertEquals(round.wireBytes(), round.stopAndCopy() ? stopAndCopy[i] : preCopy[i], "bytes of round " + i);
			assertEquals(0, round.stopAndCopy() ? preCopy[i] : stopAndCopy[i], "round " + i + " is of one kind");
		}
		assertTrue(trace.get(trace.size() - 1).stopAndCopy(), "pre-copy ends with the stop-and-copy");
		assertTrue(rounds.getAxisSet().getYAxis(0).getTitle().getText().matches("Data sent \\((B|KiB|MiB|GiB|TiB)\\)"),
				rounds.getAxisSet().getYAxis(0).getTitle().getText());
	}

	@Test
	void theTimeSimulationsLinesArePowerAndActiveHostsAtEachStep() throws Exception {
		MetricsView metrics = simulate(packModel());
		ScenarioResult day = CurrentResults.shared().current().timeSimulations().get(0);
		List<TimeSimulationResult.Step> steps = day.simulation().series();
		Chart chart = metrics.chartWidgets().get(metrics.chartWidgets().size() - 1).chart();
		assertTrue(chart.getTitle().getText().startsWith("Scenario day"), chart.getTitle().getText());
		ISeries<?> power = chart.getSeriesSet().getSeries(MetricsCharts.POWER);
		ISeries<?> hosts = chart.getSeriesSet().getSeries(MetricsCharts.ACTIVE_HOSTS);
		assertArrayEquals(steps.stream().mapToDouble(TimeSimulationResult.Step::seconds).toArray(), power.getXSeries());
		assertArrayEquals(steps.stream().mapToDouble(TimeSimulationResult.Step::watts).toArray(), power.getYSeries());
		assertArrayEquals(steps.stream().mapToDouble(TimeSimulationResult.Step::activeHosts).toArray(),
				hosts.getYSeries());
		assertNotEquals(power.getYAxisId(), hosts.getYAxisId(), "watts and hosts on axes of their own");
		assertEquals("Power (W)", chart.getAxisSet().getYAxis(power.getYAxisId()).getTitle().getText());
		// a point's tooltip: its time and value, as the step says
		InteractiveChart widget = metrics.chartWidgets().get(metrics.chartWidgets().size() - 1);
		Point second = power.getPixelCoordinates(1);
		assertEquals(Formats.seconds(steps.get(1).seconds()) + "\n" + MetricsCharts.POWER + ": "
				+ String.format(java.util.Locale.ROOT, "%.1f W", steps.get(1).watts()), widget.tooltip(second));
		assertTrue(chart.getAxisSet().getXAxis(0).getTitle().getText().startsWith("Time ("),
				chart.getAxisSet().getXAxis(0).getTitle().getText());
	}

	@Test
	void aBarsTooltipNamesItsVmAndValue() throws Exception {
		MetricsView metrics = simulateTheLab();
		InteractiveChart times = metrics.chartWidgets().get(0);
		Migration db1 = migrations(CurrentResults.shared().current()).get(0);
		IBarSeries<?> total = (IBarSeries<?>) times.chart().getSeriesSet().getSeries(MetricsCharts.TOTAL_TIME);
		Rectangle bar = total.getBounds()[0];
		assertNotNull(bar, "the bar is drawn");
		String tip = times.tooltip(new Point(bar.x + bar.width / 2, bar.y + bar.height / 2));
		assertEquals("db1\n" + MetricsCharts.TOTAL_TIME + ": " + Formats.seconds(db1.durationSeconds()), tip);
		assertEquals(null, times.tooltip(new Point(1, 1)), "no tooltip over empty plot");
	}

	@Test
	void theWheelAndARangeSelectionZoomAndResetZoomsBack() throws Exception {
		MetricsView metrics = simulate(packModel());
		InteractiveChart day = metrics.chartWidgets().get(metrics.chartWidgets().size() - 1);
		IAxis x = day.chart().getAxisSet().getXAxis(0);
		day.resetZoom(); // fitted at the size the chart has now
		Range full = new Range(x.getRange());
		double span = full.upper - full.lower;
		Control plot = day.chart().getPlotArea().getControl();
		Point size = plot.getSize();

		Event wheel = new Event(); // the mouse wheel turned away from the user over the plot's middle
		wheel.x = size.x / 2;
		wheel.y = size.y / 2;
		wheel.count = 3;
		plot.notifyListeners(SWT.MouseVerticalWheel, wheel);
		Range zoomed = new Range(x.getRange());
		assertTrue(zoomed.upper - zoomed.lower < span, "the wheel narrows the time axis " + full + " to " + zoomed);
		assertTrue(zoomed.lower >= full.lower && zoomed.upper <= full.upper, zoomed + " within " + full);
		wheel.count = -3;
		plot.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertTrue(x.getRange().upper - x.getRange().lower > zoomed.upper - zoomed.lower, "and back out");

		day.resetZoom();
		assertEquals(full.lower, x.getRange().lower, 1e-9, "reset");
		assertEquals(full.upper, x.getRange().upper, 1e-9, "reset");

		IAxis watts = day.chart().getAxisSet().getYAxis(0);
		double wattsLow = watts.getDataCoordinate(size.y * 3 / 4);
		double wattsHigh = watts.getDataCoordinate(size.y / 4);
		double quarter = x.getDataCoordinate(size.x / 4);
		double half = x.getDataCoordinate(size.x / 2);
		drag(plot, new Point(size.x / 4, size.y / 4), new Point(size.x / 2, size.y * 3 / 4));
		assertEquals(quarter, x.getRange().lower, 1e-6, "the time axis starts where the drag began");
		assertEquals(half, x.getRange().upper, 1e-6, "and ends where it ended");
		assertEquals(wattsLow, watts.getRange().lower, 1e-6, "the dragged height sets the power axis");
		assertEquals(wattsHigh, watts.getRange().upper, 1e-6);
		day.resetZoom();
		// SWTChart fits lines with a margin of a few pixels, and the plot's width follows the tick labels' width
		assertEquals(full.lower, x.getRange().lower, span / 100, "reset after a range selection");
		assertEquals(full.upper, x.getRange().upper, span / 100, "reset after a range selection");

		// the bar charts zoom too: the wheel over the times chart leaves out VMs at the edge
		InteractiveChart times = metrics.chartWidgets().get(0);
		IAxis vms = times.chart().getAxisSet().getXAxis(0);
		Range all = new Range(vms.getRange());
		Point middle = new Point(times.chart().getPlotArea().getControl().getSize().x / 4, 10);
		times.zoom(true, middle);
		assertTrue(vms.getRange().upper - vms.getRange().lower < all.upper - all.lower,
				"fewer VMs: " + all + " to " + vms.getRange());
	}

	private static void drag(Control plot, Point from, Point to) {
		Event down = new Event();
		down.button = 1;
		down.x = from.x;
		down.y = from.y;
		plot.notifyListeners(SWT.MouseDown, down);
		Event move = new Event();
		move.stateMask = SWT.BUTTON1;
		move.x = to.x;
		move.y = to.y;
		plot.notifyListeners(SWT.MouseMove, move);
		Event up = new Event();
		up.button = 1;
		up.x = to.x;
		up.y = to.y;
		plot.notifyListeners(SWT.MouseUp, up);
		WorkbenchDriver.processEvents();
	}

	@Test
	void saveAsPngWritesTheChartAsDrawn(@TempDir Path directory) throws Exception {
		MetricsView metrics = simulateTheLab();
		InteractiveChart times = metrics.chartWidgets().get(0);
		Path png = directory.resolve("times.png");
		times.save(png);

		byte[] bytes = Files.readAllBytes(png);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' },
				Arrays.copyOf(bytes, 8), "the PNG signature");
		ImageData image = new ImageLoader().load(png.toString())[0];
		Point size = times.chart().getSize();
		assertEquals(size.x, image.width, "as wide as the chart");
		assertEquals(size.y, image.height, "as high as the chart");
		// the middle of db1's total-time bar (plot-area coordinates, moved by the plot's place in the chart) is
		// the bar's blue in the image: the file holds the chart as drawn, not a blank
		IBarSeries<?> total = (IBarSeries<?>) times.chart().getSeriesSet().getSeries(MetricsCharts.TOTAL_TIME);
		Rectangle bar = total.getBounds()[0];
		Rectangle plot = times.chart().getPlotArea().getControl().getBounds();
		int x = plot.x + bar.x + bar.width / 2;
		int y = plot.y + bar.y + bar.height / 2;
		RGB inBar = image.palette.getRGB(image.getPixel(x, y));
		// MetricsView's blue (40, 100, 180), as SWTChart paints bars: slightly see-through over the white plot
		assertTrue(inBar.blue > inBar.red + 60 && inBar.blue > inBar.green + 30,
				"a blue bar at " + x + "," + y + ": " + inBar);
		RGB above = image.palette.getRGB(image.getPixel(x, plot.y + 2));
		assertNotEquals(inBar, above, "above the bar the plot's background");
	}

	@Test
	void theTimelineBarsRunFromEachMigrationsStartToItsEnd() throws Exception {
		simulateTheLab();
		MigrationPlanView plan = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		Chart timeline = plan.timeline().chart();
		List<Migration> migrations = migrations(CurrentResults.shared().current());
		assertEquals(migrations.stream().map(m -> m.vmName() + " → " + m.targetHost()).toList(),
				Arrays.asList(timeline.getAxisSet().getXAxis(0).getCategorySeries()));
		double[] waiting = y(timeline, "waiting");
		double[] transfer = y(timeline, "transfer");
		double[] downtime = y(timeline, "downtime");
		for (int i = 0; i < migrations.size(); i++) {
			Migration m = migrations.get(i);
			assertEquals(m.startSeconds(), waiting[i], 1e-9, "a bar starts when " + m.vmName() + "'s migration starts");
			assertEquals(m.endSeconds(), waiting[i] + transfer[i] + downtime[i], 1e-6, "and ends when it ends");
			assertEquals(m.estimate().downtimeSeconds(), downtime[i], 1e-9, "its red end is the downtime");
		}
		assertTrue(!timeline.getSeriesSet().getSeries("waiting").isVisibleInLegend(), "the offset is no series");
	}
}
