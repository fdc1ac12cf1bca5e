package org.vmmig.dsl.ui.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
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
import org.vmmig.report.ColumnUnit;
import org.vmmig.report.ReportTable;

/**
 * A report table's {@link Chart.Scatter} drawn with SWTChart, as the HTML report draws it: a point per row, the
 * highlighted rows (a sweep's Pareto front) as a second series in front, larger, in red and joined by a line from
 * left to right. Tooltips name each point by the table's label column; values are the table's own (SI units), only
 * the axes' ticks are scaled.
 */
final class ScatterChart {

	/** The series of the highlighted rows, and of the others. */
	static final String HIGHLIGHTED = "Pareto front";
	static final String OTHERS = "other runs";

	private static final Color FRONT = new Color(200, 40, 40);
	private static final Color OTHER = new Color(130, 150, 180);

	private ScatterChart() {
	}

	/** A point of the chart: x, y and its name. */
	private record Point(double x, double y, String label) {
	}

	static InteractiveChart of(Composite parent, ReportTable table, Chart.Scatter spec) {
		Column xColumn = table.column(spec.xKey());
		Column yColumn = table.column(spec.yKey());
		List<Point> front = new ArrayList<>();
		List<Point> others = new ArrayList<>();
		int xi = table.columnIndex(spec.xKey()), yi = table.columnIndex(spec.yKey());
		int hi = table.columnIndex(spec.highlightKey()), li = table.columnIndex(spec.labelKey());
		for (List<Object> row : table.rows()) {
			if (row.get(xi) instanceof Number x && row.get(yi) instanceof Number y) {
				Point point = new Point(x.doubleValue(), y.doubleValue(), String.valueOf(row.get(li)));
				(Boolean.TRUE.equals(row.get(hi)) ? front : others).add(point);
			}
		}
		front.sort(Comparator.comparingDouble(Point::x)); // the front's line runs left to right
		InteractiveChart widget = new InteractiveChart(parent);
		widget.chart().getTitle().setText(table.title());
		double xMax = max(front, others, Point::x), yMax = max(front, others, Point::y);
		AxisUnit xUnit = axisUnit(xColumn.unit(), xMax), yUnit = axisUnit(yColumn.unit(), yMax);
		IAxis x = widget.chart().getAxisSet().getXAxis(0);
		x.getTitle().setText(xUnit.title(xColumn.label()));
		x.getTick().setFormat(xUnit.tickFormat());
		IAxis y = widget.chart().getAxisSet().getYAxis(0);
		y.getTitle().setText(yUnit.title(yColumn.label()));
		y.getTick().setFormat(yUnit.tickFormat());
		widget.formatX(xColumn.unit()::human);
		if (front.isEmpty() && others.isEmpty()) { // SWTChart cannot lay out a series without values
			widget.chart().getPlotArea().setBackgroundText("No finished run to show.", parent.getFont(),
					parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			return widget;
		}
		series(widget, OTHERS, others, OTHER, 3, false, yColumn.unit());
		series(widget, HIGHLIGHTED, front, FRONT, 5, true, yColumn.unit());
		widget.chart().getAxisSet().adjustRange();
		return widget;
	}

	private static void series(InteractiveChart widget, String name, List<Point> points, Color color, int size,
			boolean joined, ColumnUnit yUnit) {
		if (points.isEmpty()) {
			return;
		}
		ILineSeries<?> series = (ILineSeries<?>) widget.chart().getSeriesSet().createSeries(SeriesType.LINE, name);
		series.setXSeries(points.stream().mapToDouble(Point::x).toArray());
		series.setYSeries(points.stream().mapToDouble(Point::y).toArray());
		series.setLineStyle(joined ? LineStyle.SOLID : LineStyle.NONE);
		series.setLineColor(color);
		series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
		series.setSymbolSize(size);
		series.setSymbolColor(color);
		widget.formatValues(name, yUnit::human);
		widget.labelPoints(name, points.stream().map(Point::label).toList());
	}

	private static double max(List<Point> a, List<Point> b, java.util.function.ToDoubleFunction<Point> value) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).mapToDouble(value).map(Math::abs).max().orElse(0);
	}

	/** The axis unit of a report column's values. */
	static AxisUnit axisUnit(ColumnUnit unit, double max) {
		return switch (unit) {
		case SECONDS -> AxisUnit.seconds(max);
		case BYTES -> AxisUnit.bytes(max);
		case BYTES_PER_SECOND -> AxisUnit.decimal("B/s", max);
		case JOULES -> AxisUnit.decimal("J", max);
		case WATTS -> AxisUnit.decimal("W", max);
		case RATIO -> AxisUnit.percent();
		default -> AxisUnit.number(max);
		};
	}
}
