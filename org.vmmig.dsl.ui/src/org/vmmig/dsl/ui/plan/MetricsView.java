package org.vmmig.dsl.ui.plan;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.units.Formats;

/**
 * Charts of the last Simulate, drawn with SWT's GC (no chart library is on Maven Central for SWT): the
 * downtime and total time of every migration, and the rounds of the migration selected in the Migration Plan
 * view (data sent per round; red: the stop-and-copy), which tells this view what the user selects.
 */
public class MetricsView extends ViewPart {

	public static final String ID = "org.vmmig.dsl.ui.metricsView";

	private static final Color TOTAL = new Color(40, 100, 180);
	private static final Color DOWNTIME = new Color(200, 40, 40);
	private static final Color ROUND = new Color(60, 150, 90);
	private static final Color AXIS = new Color(90, 90, 100);

	/** One chart: a title, labelled bars, and how to print a value. */
	public record BarChart(String title, List<String> labels, List<double[]> values, boolean seconds) {
	}

	/** A time series: one line per series over the same times (seconds), each scaled to its own maximum. */
	public record LineChart(String title, List<Double> seconds, List<String> seriesNames, List<double[]> series) {
	}

	private static final Color[] LINES = { new Color(220, 130, 30), TOTAL };

	private Canvas canvas;
	private List<PlanRow> rows = List.of();
	private PlanRow selected;
	private ModelResults result = new ModelResults("", List.of());

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addPaintListener(this::paint);
		if (getSite().getPage().findView(MigrationPlanView.ID) instanceof MigrationPlanView plan) {
			show(plan.result());
		}
	}

	/** Shows a simulation's migrations (UI thread); the first is selected until the user picks another. */
	public void show(ModelResults result) {
		this.result = result;
		rows = result.rows();
		selected = rows.isEmpty() ? null : rows.get(0);
		redraw();
	}

	public void select(PlanRow row) {
		selected = row;
		redraw();
	}

	private void redraw() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/**
	 * What the view draws as bars: the migrations' times, the selected migration's rounds, then each
	 * evacuation's total downtime and time to finish under every policy of the model.
	 */
	public List<BarChart> charts() {
		List<BarChart> charts = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<double[]> times = new ArrayList<>();
		for (PlanRow row : rows) {
			Migration m = row.migration();
			labels.add(m.vmName());
			times.add(new double[] { m.estimate().downtimeSeconds(), m.durationSeconds() });
		}
		if (!rows.isEmpty() || result.timeSimulations().isEmpty()) { // an empty chart only when there is nothing else
			charts.add(new BarChart("Downtime (red) and total time (blue) per migration", labels, times, true));
		}
		if (selected != null) {
			List<String> rounds = new ArrayList<>();
			List<double[]> bytes = new ArrayList<>();
			for (Round round : selected.migration().estimate().trace()) {
				rounds.add(round.stopAndCopy() ? "stop" : String.valueOf(round.index()));
				bytes.add(new double[] { round.wireBytes() });
			}
			charts.add(new BarChart("Rounds of " + selected.migration().vmName() + ": data sent per round", rounds, bytes, false));
		}
		for (ModelResults.PolicyComparison comparison : result.comparisons()) {
			List<String> policies = new ArrayList<>();
			List<double[]> figures = new ArrayList<>();
			for (org.vmmig.engine.run.ScenarioResult run : comparison.runs()) {
				policies.add(run.policy());
				figures.add(new double[] { run.plan().totalDowntimeSeconds(), run.plan().makespanSeconds() });
			}
			charts.add(new BarChart("Policies for scenario " + comparison.scenario()
					+ ": total downtime (red) and time until the last migration ends (blue)", policies, figures, true));
		}
		return charts;
	}

	/** What the view draws as lines: power and active hosts over time of each time simulation. */
	public List<LineChart> series() {
		List<LineChart> charts = new ArrayList<>();
		for (org.vmmig.engine.run.ScenarioResult simulation : result.timeSimulations()) {
			List<Double> seconds = new ArrayList<>();
			List<org.vmmig.engine.sim.SimulationResult.Step> steps = simulation.simulation().series();
			double[] watts = new double[steps.size()];
			double[] hosts = new double[steps.size()];
			for (int i = 0; i < steps.size(); i++) {
				seconds.add(steps.get(i).seconds());
				watts[i] = steps.get(i).watts();
				hosts[i] = steps.get(i).activeHosts();
			}
			charts.add(new LineChart("Scenario " + simulation.scenario() + " using " + simulation.policy()
					+ ": power (orange) and active hosts (blue) over time", seconds, List.of("power (W)", "active hosts"),
					List.of(watts, hosts)));
		}
		return charts;
	}

	private void paint(PaintEvent event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		List<BarChart> charts = charts();
		List<LineChart> lines = series();
		int count = Math.max(1, charts.size() + lines.size());
		int height = Math.max(80, area.height / count);
		int i = 0;
		for (BarChart chart : charts) {
			drawChart(gc, chart, new Rectangle(area.x + 8, area.y + i++ * height + 4, area.width - 16, height - 8));
		}
		for (LineChart chart : lines) {
			drawLines(gc, chart, new Rectangle(area.x + 8, area.y + i++ * height + 4, area.width - 16, height - 8));
		}
	}

	private static void drawLines(GC gc, LineChart chart, Rectangle box) {
		gc.setForeground(AXIS);
		gc.drawText(chart.title(), box.x, box.y, true);
		int top = box.y + gc.getFontMetrics().getHeight() + 4;
		int bottom = box.y + box.height - gc.getFontMetrics().getHeight() - 4;
		List<Double> t = chart.seconds();
		if (t.size() < 2 || bottom <= top) {
			return;
		}
		gc.drawLine(box.x, bottom, box.x + box.width, bottom);
		double start = t.get(0);
		double span = Math.max(1e-9, t.get(t.size() - 1) - start);
		gc.drawText(Formats.seconds(span), box.x + box.width - 90, bottom + 2, true);
		gc.setLineWidth(2);
		for (int s = 0; s < chart.series().size(); s++) {
			double[] values = chart.series().get(s);
			double max = java.util.Arrays.stream(values).max().orElse(0);
			if (max <= 0) {
				max = 1;
			}
			gc.setForeground(LINES[s % LINES.length]);
			int[] points = new int[2 * values.length];
			for (int k = 0; k < values.length; k++) {
				points[2 * k] = box.x + (int) Math.round(box.width * (t.get(k) - start) / span);
				points[2 * k + 1] = bottom - (int) Math.round((bottom - top) * values[k] / max);
			}
			gc.drawPolyline(points);
			gc.drawText(chart.seriesNames().get(s) + " max " + String.format(java.util.Locale.ROOT, "%.0f", max), box.x + 4 + s * 200, top, true);
		}
		gc.setLineWidth(1);
	}

	private static void drawChart(GC gc, BarChart chart, Rectangle box) {
		gc.setForeground(AXIS);
		gc.drawText(chart.title(), box.x, box.y, true);
		int top = box.y + gc.getFontMetrics().getHeight() + 4;
		int bottom = box.y + box.height - gc.getFontMetrics().getHeight() - 4;
		if (chart.labels().isEmpty() || bottom <= top) {
			return;
		}
		double max = chart.values().stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(0);
		if (max <= 0) {
			max = 1;
		}
		gc.drawLine(box.x, bottom, box.x + box.width, bottom);
		gc.drawText(chart.seconds() ? Formats.seconds(max) : Formats.bytes(max), box.x + box.width - 90, top, true);
		int slot = Math.max(6, box.width / chart.labels().size());
		for (int i = 0; i < chart.labels().size(); i++) {
			double[] values = chart.values().get(i);
			int barWidth = Math.max(2, (slot - 4) / values.length);
			for (int v = 0; v < values.length; v++) {
				int h = (int) Math.round((bottom - top) * values[v] / max);
				boolean stop = !chart.seconds() && "stop".equals(chart.labels().get(i));
				gc.setBackground(chart.seconds() ? (v == 0 ? DOWNTIME : TOTAL) : stop ? DOWNTIME : ROUND);
				gc.fillRectangle(box.x + i * slot + 2 + v * barWidth, bottom - h, barWidth - 1, h);
			}
			if (slot >= 40) {
				gc.setForeground(AXIS);
				gc.drawText(chart.labels().get(i), box.x + i * slot + 2, bottom + 2, true);
			}
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}
}
