package org.vmmig.dsl.ui.metrics;

import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.vmmig.dsl.ui.charts.AxisUnit;
import org.vmmig.dsl.ui.charts.InteractiveChart;
import org.vmmig.report.Chart;
import org.vmmig.report.Column;
import org.vmmig.report.ReportTable;

/**
 * A report table's {@link Chart.Bands} drawn with SWTChart: for each category (a sweep's configuration) a line per
 * percentile column, lowest to highest, so the gap between P50 and P99 shows the spread of the Monte-Carlo samples.
 * The values are the table's own; rows without a value for a percentile are left out of its line.
 */
final class BandsChart {

	private static final Color[] COLOURS = { new Color(40, 100, 180), new Color(220, 130, 30), new Color(200, 40, 40) };

	private BandsChart() {
	}

	static InteractiveChart of(Composite parent, ReportTable table, Chart.Bands spec) {
		InteractiveChart widget = new InteractiveChart(parent);
		widget.chart().getTitle().setText(table.title());
		int xi = table.columnIndex(spec.xKey());
		IAxis x = widget.chart().getAxisSet().getXAxis(0);
		x.getTitle().setText(table.column(spec.xKey()).label());
		x.enableCategory(true);
		x.setCategorySeries(table.rows().stream().map(row -> String.valueOf(row.get(xi))).toArray(String[]::new));
		Column first = table.column(spec.yKeys().get(0));
		double max = max(table, spec.yKeys());
		AxisUnit unit = ScatterChart.axisUnit(first.unit(), max);
		IAxis y = widget.chart().getAxisSet().getYAxis(0);
		y.getTitle().setText(unit.title("percentile"));
		y.getTick().setFormat(unit.tickFormat());
		for (int s = 0; s < spec.yKeys().size(); s++) {
			Column column = table.column(spec.yKeys().get(s));
			int ci = table.columnIndex(column.key());
			ILineSeries<?> series = (ILineSeries<?>) widget.chart().getSeriesSet().createSeries(SeriesType.LINE, column.label());
			series.setYSeries(table.rows().stream().mapToDouble(row -> row.get(ci) instanceof Number n ? n.doubleValue() : Double.NaN).toArray());
			Color colour = COLOURS[s % COLOURS.length];
			series.setLineColor(colour);
			series.setLineWidth(2);
			series.setLineStyle(LineStyle.SOLID);
			series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
			series.setSymbolColor(colour);
			series.setSymbolSize(3);
			widget.formatValues(column.label(), column.unit()::human);
		}
		widget.chart().getAxisSet().adjustRange();
		return widget;
	}

	private static double max(ReportTable table, List<String> keys) {
		double max = 0;
		for (String key : keys) {
			int c = table.columnIndex(key);
			for (List<Object> row : table.rows()) {
				if (row.get(c) instanceof Number n && Double.isFinite(n.doubleValue())) {
					max = Math.max(max, Math.abs(n.doubleValue()));
				}
			}
		}
		return max;
	}
}
