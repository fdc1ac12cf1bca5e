package org.vmmig.dsl.ui.plan;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.vmmig.dsl.ui.charts.AxisUnit;
import org.vmmig.dsl.ui.charts.InteractiveChart;
import org.vmmig.dsl.ui.results.PlanRow;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.units.Formats;

/**
 * The Migration Plan view's timeline: one horizontal bar per migration from its start to its end, the
 * transfer in blue and the downtime at its end in red (a Gantt chart drawn by SWTChart as stacked bars after an
 * invisible bar up to the start). The first migration is at the top.
 */
final class PlanTimeline {

	static final String WAITING = "waiting";
	static final String TRANSFER = "transfer";
	static final String DOWNTIME = "downtime";

	private static final Color TRANSFER_COLOR = new Color(40, 100, 180);
	private static final Color DOWNTIME_COLOR = new Color(200, 40, 40);

	private final InteractiveChart widget;

	PlanTimeline(Composite parent) {
		widget = new InteractiveChart(parent);
		widget.chart().setOrientation(SWT.VERTICAL); // bars run along the time axis
		widget.chart().getTitle().setText("Timeline");
		widget.chart().getTitle().setVisible(false); // the view says what it shows; the bars need the height
		widget.chart().getAxisSet().getXAxis(0).getTitle().setText("Migration");
		widget.chart().getAxisSet().getYAxis(0).getTitle().setText("Time");
		show(List.of());
	}

	InteractiveChart widget() {
		return widget;
	}

	/** Draws the rows' migrations (UI thread). */
	void show(List<PlanRow> rows) {
		IAxisSet axes = widget.chart().getAxisSet();
		for (var series : widget.chart().getSeriesSet().getSeries()) {
			widget.chart().getSeriesSet().deleteSeries(series.getId());
		}
		boolean severalScenarios = rows.stream().map(PlanRow::scenario).distinct().count() > 1;
		String[] labels = new String[rows.size()];
		double[] waiting = new double[rows.size()];
		double[] transfer = new double[rows.size()];
		double[] downtime = new double[rows.size()];
		double makespan = 0;
		for (int i = 0; i < rows.size(); i++) {
			Migration m = rows.get(i).migration();
			labels[i] = (severalScenarios ? rows.get(i).scenario() + " / " : "") + m.vmName() + " → " + m.targetHost();
			waiting[i] = m.startSeconds();
			downtime[i] = Math.min(m.estimate().downtimeSeconds(), m.durationSeconds());
			transfer[i] = m.durationSeconds() - downtime[i];
			makespan = Math.max(makespan, m.endSeconds());
		}
		widget.chart().getPlotArea().setBackgroundText(rows.isEmpty() ? "No migrations to show." : "",
				widget.chart().getFont(), widget.chart().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		if (rows.isEmpty()) { // SWTChart cannot lay out a bar series without values
			widget.chart().redraw();
			return;
		}
		IAxis migrations = axes.getXAxis(0);
		migrations.enableCategory(true);
		migrations.setCategorySeries(labels);
		migrations.setReversed(true); // the first migration at the top, as in the table
		AxisUnit unit = AxisUnit.seconds(makespan);
		IAxis time = axes.getYAxis(0);
		time.getTitle().setText(unit.title("Time"));
		time.getTick().setFormat(unit.tickFormat());
		bars(WAITING, waiting, null);
		bars(TRANSFER, transfer, TRANSFER_COLOR);
		bars(DOWNTIME, downtime, DOWNTIME_COLOR);
		axes.adjustRange();
		widget.chart().redraw();
	}

	/** One stacked series; without a colour it is the invisible offset up to each migration's start. */
	private void bars(String name, double[] values, Color color) {
		IBarSeries<?> series = (IBarSeries<?>) widget.chart().getSeriesSet().createSeries(SeriesType.BAR, name);
		series.setYSeries(values);
		series.enableStack(true);
		if (color == null) {
			series.setBarColor(widget.chart().getPlotArea().getBackground());
			series.setVisibleInLegend(false);
		} else {
			series.setBarColor(color);
			widget.formatValues(name, Formats::seconds);
		}
	}
}
