package org.vmmig.dsl.ui.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;
import org.vmmig.dsl.ui.charts.AxisUnit;
import org.vmmig.dsl.ui.charts.InteractiveChart;
import org.vmmig.dsl.ui.metrics.MetricsCharts.BarChart;
import org.vmmig.dsl.ui.metrics.MetricsCharts.LineChart;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.results.PlanRow;
import org.vmmig.dsl.ui.results.SweepReport;
import org.vmmig.engine.units.Formats;

/**
 * Charts of the current result ({@link CurrentResults}), drawn by SWTChart: the downtime and total time of every
 * migration, the rounds of the migration selected in the Migration Plan view (data sent per round; the
 * stop-and-copy in red), each evacuation under every policy of the model, and power and active hosts over time
 * of each time simulation. Each chart has titled axes with units, a legend, tooltips on its bars and points, zoom
 * (mouse wheel, dragging across a range; double-click resets) and Save as PNG in its context menu. A second tab,
 * {@link SweepTab}, shows the last sweep (Run Sweep); a result brings its tab to the front.
 */
public class MetricsView extends ViewPart {

	public static final String ID = "org.vmmig.dsl.ui.metricsView";

	/** Each chart gets at least this height; more charts than fit scroll. */
	private static final int CHART_HEIGHT = 220;
	/** Charts side by side: the view usually sits under the editor, wide and low. */
	private static final int COLUMNS = 2;

	private static final Color DOWNTIME = new Color(200, 40, 40);
	private static final Color TOTAL = new Color(40, 100, 180);
	private static final Color ROUND = new Color(60, 150, 90);
	private static final Color POWER = new Color(220, 130, 30);

	private CTabFolder tabs;
	private CTabItem scenariosTab;
	private CTabItem sweepItem;
	private SweepTab sweepTab;
	private ScrolledComposite scroller;
	private Composite charts;
	private final List<InteractiveChart> widgets = new ArrayList<>();
	private ModelResults result = CurrentResults.NONE;
	private PlanRow selected;

	/** Follows the shared results: each published result, and the migration selected in it. */
	private final CurrentResults.Listener listener = new CurrentResults.Listener() {
		@Override
		public void resultChanged(ModelResults published) {
			show(published, CurrentResults.shared().selected());
			if (tabs != null && !tabs.isDisposed()) {
				tabs.setSelection(scenariosTab); // a new result is the scenarios' (a sweep brings its own tab up)
			}
		}

		@Override
		public void selectionChanged(PlanRow row) {
			show(result, row);
		}

		@Override
		public void sweepChanged(SweepReport sweep) {
			showSweep(sweep);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		tabs = new CTabFolder(parent, SWT.BOTTOM);
		scenariosTab = new CTabItem(tabs, SWT.NONE);
		scenariosTab.setText("Scenarios");
		scroller = new ScrolledComposite(tabs, SWT.V_SCROLL);
		scenariosTab.setControl(scroller);
		sweepItem = new CTabItem(tabs, SWT.NONE);
		sweepItem.setText("Sweep");
		sweepTab = new SweepTab(tabs);
		sweepItem.setControl(sweepTab.control());
		tabs.setSelection(scenariosTab);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		charts = new Composite(scroller, SWT.NONE);
		charts.setLayout(new GridLayout(1, false));
		scroller.setContent(charts);
		CurrentResults.shared().addListener(listener);
		show(CurrentResults.shared().current(), CurrentResults.shared().selected());
		CurrentResults.shared().sweep().ifPresent(sweepTab::show);
	}

	@Override
	public void dispose() {
		CurrentResults.shared().removeListener(listener);
		super.dispose();
	}

	/** The bar charts of what the view shows (see {@link MetricsCharts#bars}). */
	public List<BarChart> charts() {
		return MetricsCharts.bars(result, selected);
	}

	/** The line charts of what the view shows (see {@link MetricsCharts#lines}). */
	public List<LineChart> series() {
		return MetricsCharts.lines(result);
	}

	/** The sweep tab: the last sweep's tables and its Pareto front. */
	public SweepTab sweepTab() {
		return sweepTab;
	}

	/** Whether the sweep tab is the one in front (else the scenarios' charts are). */
	public boolean showsSweep() {
		return tabs.getSelection() == sweepItem;
	}

	/** Shows a sweep in the sweep tab and brings the tab to the front (UI thread). */
	private void showSweep(SweepReport sweep) {
		if (tabs == null || tabs.isDisposed()) {
			return;
		}
		sweepTab.show(sweep);
		tabs.setSelection(sweepItem);
		setContentDescription(sweep.modelName());
	}

	/** The chart widgets, in the order of {@link #charts()} then {@link #series()}. */
	public List<InteractiveChart> chartWidgets() {
		return List.copyOf(widgets);
	}

	/** Shows a result and the selected migration's rounds (UI thread): the charts are built anew. */
	private void show(ModelResults shown, PlanRow row) {
		this.result = shown;
		this.selected = row;
		if (charts == null || charts.isDisposed()) {
			return;
		}
		for (Control child : charts.getChildren()) {
			child.dispose();
		}
		widgets.clear();
		for (BarChart chart : charts()) {
			widgets.add(bars(chart));
		}
		for (LineChart chart : series()) {
			widgets.add(lines(chart));
		}
		for (InteractiveChart widget : widgets) {
			GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, CHART_HEIGHT).applyTo(widget.chart());
		}
		int columns = Math.max(1, Math.min(COLUMNS, widgets.size()));
		charts.setLayout(new GridLayout(columns, true));
		scroller.setMinHeight((widgets.size() + columns - 1) / columns * (CHART_HEIGHT + 5));
		charts.layout(true, true);
		for (InteractiveChart widget : widgets) {
			widget.resetZoom(); // fitted again at the laid-out size (SWTChart keeps line symbols inside the plot)
		}
		setContentDescription(shown.modelName());
	}

	private InteractiveChart bars(BarChart data) {
		InteractiveChart widget = new InteractiveChart(charts);
		widget.chart().getTitle().setText(data.title());
		IAxisSet axes = widget.chart().getAxisSet();
		IAxis x = axes.getXAxis(0);
		x.getTitle().setText(data.labelTitle());
		if (data.labels().isEmpty()) { // SWTChart cannot lay out a bar series without values
			widget.chart().getPlotArea().setBackgroundText("No migrations to show.", charts.getFont(),
					charts.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			axes.getYAxis(0).getTitle().setText(data.axisTitle());
			return widget;
		}
		x.enableCategory(true);
		x.setCategorySeries(data.labels().toArray(String[]::new));
		double max = data.values().stream().flatMapToDouble(Arrays::stream).max().orElse(0);
		AxisUnit unit = data.quantity() == MetricsCharts.Quantity.BYTES ? AxisUnit.bytes(max) : AxisUnit.seconds(max);
		IAxis y = axes.getYAxis(0);
		y.getTitle().setText(unit.title(data.axisTitle()));
		y.getTick().setFormat(unit.tickFormat());
		for (int s = 0; s < data.seriesNames().size(); s++) {
			String name = data.seriesNames().get(s);
			IBarSeries<?> series = (IBarSeries<?>) widget.chart().getSeriesSet().createSeries(SeriesType.BAR, name);
			int column = s;
			series.setYSeries(data.values().stream().mapToDouble(v -> v[column]).toArray());
			series.setBarColor(color(name));
			if (data.stacked()) {
				series.enableStack(true);
			}
			widget.formatValues(name, data.quantity() == MetricsCharts.Quantity.BYTES ? Formats::bytes : Formats::seconds);
		}
		axes.adjustRange();
		return widget;
	}

	private InteractiveChart lines(LineChart data) {
		InteractiveChart widget = new InteractiveChart(charts);
		widget.chart().getTitle().setText(data.title());
		IAxisSet axes = widget.chart().getAxisSet();
		double[] seconds = data.seconds().stream().mapToDouble(Double::doubleValue).toArray();
		double last = seconds.length == 0 ? 0 : seconds[seconds.length - 1];
		AxisUnit time = AxisUnit.seconds(last);
		IAxis x = axes.getXAxis(0);
		x.getTitle().setText(time.title("Time"));
		x.getTick().setFormat(time.tickFormat());
		widget.formatX(Formats::seconds);
		IAxis watts = axes.getYAxis(0);
		watts.getTitle().setText(AxisUnit.of("W").title("Power"));
		watts.getTick().setFormat(AxisUnit.of("W").tickFormat());
		if (seconds.length == 0) { // SWTChart cannot lay out a series without values
			widget.chart().getPlotArea().setBackgroundText("No steps to show.", charts.getFont(),
					charts.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			return widget;
		}
		IAxis hosts = axes.getYAxis(axes.createYAxis());
		hosts.setPosition(IAxis.Position.Secondary);
		hosts.getTitle().setText("Active hosts");
		hosts.getTick().setFormat(AxisUnit.of("").tickFormat());
		for (int s = 0; s < data.seriesNames().size(); s++) {
			String name = data.seriesNames().get(s);
			ILineSeries<?> series = (ILineSeries<?>) widget.chart().getSeriesSet().createSeries(SeriesType.LINE, name);
			series.setXSeries(seconds);
			series.setYSeries(data.series().get(s));
			series.setLineColor(color(name));
			series.setLineWidth(2);
			series.setLineStyle(LineStyle.SOLID);
			series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
			series.setSymbolSize(3);
			series.setSymbolColor(color(name));
			if (MetricsCharts.ACTIVE_HOSTS.equals(name)) {
				series.setYAxisId(hosts.getId());
				series.enableStep(true); // hosts switch on and off at a step, they do not ramp
				widget.formatValues(name, v -> String.format(Locale.ROOT, "%.0f", v));
			} else {
				widget.formatValues(name, v -> String.format(Locale.ROOT, "%.1f W", v));
			}
		}
		axes.adjustRange();
		return widget;
	}

	private static Color color(String series) {
		return switch (series) {
		case MetricsCharts.DOWNTIME, MetricsCharts.TOTAL_DOWNTIME, MetricsCharts.STOP_AND_COPY -> DOWNTIME;
		case MetricsCharts.PRE_COPY -> ROUND;
		case MetricsCharts.POWER -> POWER;
		default -> TOTAL;
		};
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}
}
