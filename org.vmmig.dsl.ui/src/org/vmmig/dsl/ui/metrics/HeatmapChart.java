package org.vmmig.dsl.ui.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.vmmig.dsl.ui.charts.AxisUnit;
import org.vmmig.report.Chart;
import org.vmmig.report.Column;
import org.vmmig.report.ReportTable;

/**
 * A report table's {@link Chart.Heatmap} drawn on an SWT canvas (SWTChart has no heat map): a cell per row, the x
 * column's values across, the y column's down, each cell shaded on the HTML report's sequential scale from the
 * lowest value (light) to the highest (dark blue), its value in the cell (in the legend's unit, MJ), a legend with
 * both ends as the table prints them (J), and a tooltip on each cell
 * with every column of its row (the two knob values, the value, how many runs). It presents the table's rows as they
 * are; a row without a value is a grey cell.
 */
public final class HeatmapChart {

	/** The HTML report's scale: hue 215°, saturation 70 %, lightness from 95 % (lowest) to 40 % (highest). */
	private static final float HUE = 215, SATURATION = 0.70f, LIGHTEST = 0.95f, DARKEST = 0.40f;
	private static final RGB EMPTY = new RGB(225, 225, 225);
	private static final int GAP = 6, LEGEND_WIDTH = 16, MAX_CELL = 120;

	/** A cell: its row's x and y values, its value (null: none) and its colour. */
	public record Cell(String x, String y, Double value, RGB colour, List<Object> row) {
	}

	private final ReportTable table;
	private final Chart.Heatmap spec;
	private final Canvas canvas;
	private final List<String> xs = new ArrayList<>();
	private final List<String> ys = new ArrayList<>();
	private final List<Cell> cells = new ArrayList<>();
	private final double min;
	private final double max;
	/** The cells' numbers are in this unit, with an SI prefix that fits the largest (MJ), as the charts' ticks are. */
	private final AxisUnit cellUnit;

	public HeatmapChart(Composite parent, ReportTable table, Chart.Heatmap spec) {
		this.table = table;
		this.spec = spec;
		int xi = table.columnIndex(spec.xKey()), yi = table.columnIndex(spec.yKey()), vi = table.columnIndex(spec.valueKey());
		LinkedHashSet<String> xValues = new LinkedHashSet<>(), yValues = new LinkedHashSet<>();
		double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
		for (List<Object> row : table.rows()) {
			xValues.add(String.valueOf(row.get(xi)));
			yValues.add(String.valueOf(row.get(yi)));
			if (value(row, vi) != null) {
				low = Math.min(low, value(row, vi));
				high = Math.max(high, value(row, vi));
			}
		}
		xs.addAll(xValues);
		ys.addAll(yValues);
		min = low;
		max = high;
		cellUnit = ScatterChart.axisUnit(table.column(spec.valueKey()).unit(),
				Double.isFinite(high) ? Math.max(Math.abs(low), Math.abs(high)) : 0);
		for (List<Object> row : table.rows()) {
			Double value = value(row, vi);
			cells.add(new Cell(String.valueOf(row.get(xi)), String.valueOf(row.get(yi)), value,
					value == null ? EMPTY : colour(share(value)), row));
		}
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.MouseMove, event -> {
			String tip = cellAt(event.x, event.y).map(this::tooltip).orElse(null);
			if (!Objects.equals(tip, canvas.getToolTipText())) {
				canvas.setToolTipText(tip);
			}
		});
	}

	public Canvas canvas() {
		return canvas;
	}

	/** The cells in the table's order. */
	public List<Cell> cells() {
		return List.copyOf(cells);
	}

	/** The legend's ends: the lowest and the highest value as the table prints them, with their unit. */
	public List<String> legend() {
		Column value = table.column(spec.valueKey());
		return cells.stream().anyMatch(c -> c.value() != null)
				? List.of(value.unit().human(min), value.unit().human(max))
				: List.of();
	}

	/** The colours at the scale's ends: the lowest value's and the highest's. */
	public static List<RGB> scale() {
		return List.of(colour(0), colour(1));
	}

	/** A cell's tooltip: each column's label and value, one a line ("detector: thr 0.8", "mean energy: 1.2 J"). */
	public String tooltip(Cell cell) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < table.columns().size(); c++) {
			Column column = table.columns().get(c);
			Object value = cell.row().get(c);
			text.append(c == 0 ? "" : "\n").append(column.label()).append(": ")
					.append(value == null ? "no finished run" : column.unit().human(value));
		}
		return text.toString();
	}

	/** Where a cell is drawn at the canvas's current size. */
	public Rectangle bounds(Cell cell) {
		Grid grid = grid();
		return grid.cell(xs.indexOf(cell.x()), ys.indexOf(cell.y()));
	}

	/** The cell under a point of the canvas, if any. */
	public Optional<Cell> cellAt(int x, int y) {
		Grid grid = grid();
		return cells.stream().filter(c -> grid.cell(xs.indexOf(c.x()), ys.indexOf(c.y())).contains(x, y)).findFirst();
	}

	private double share(double value) {
		return max == min ? 0 : (value - min) / (max - min);
	}

	/** The scale's colour at a share between 0 (lowest) and 1 (highest). */
	static RGB colour(double share) {
		return hsl(HUE, SATURATION, (float) lightnessAt(share));
	}

	private static double lightnessAt(double share) {
		return LIGHTEST - (LIGHTEST - DARKEST) * share;
	}

	/** White text on cells darker than this, as the HTML report does. */
	private double lightness(double value) {
		return lightnessAt(share(value));
	}

	/** HSL to RGB (CSS Color 3, §4.2.4: the HTML report's hsl() colours), SWT's RGB being HSB. */
	private static RGB hsl(float hue, float saturation, float lightness) {
		float chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
		float h = hue / 60;
		float second = chroma * (1 - Math.abs(h % 2 - 1));
		float[] rgb = switch ((int) h) {
		case 0 -> new float[] { chroma, second, 0 };
		case 1 -> new float[] { second, chroma, 0 };
		case 2 -> new float[] { 0, chroma, second };
		case 3 -> new float[] { 0, second, chroma };
		case 4 -> new float[] { second, 0, chroma };
		default -> new float[] { chroma, 0, second };
		};
		float m = lightness - chroma / 2;
		return new RGB(Math.round((rgb[0] + m) * 255), Math.round((rgb[1] + m) * 255), Math.round((rgb[2] + m) * 255));
	}

	private static Double value(List<Object> row, int column) {
		return row.get(column) instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
	}

	/** Where things go at the canvas's size: y labels on the left, x labels on top, the legend on the right. */
	private record Grid(int left, int top, int cellWidth, int cellHeight, int legendX, int lineHeight) {
		Rectangle cell(int i, int j) {
			return new Rectangle(left + i * cellWidth, top + j * cellHeight, cellWidth - 1, cellHeight - 1);
		}
	}

	private Grid grid() {
		GC gc = new GC(canvas);
		try {
			return grid(gc);
		} finally {
			gc.dispose();
		}
	}

	private Grid grid(GC gc) {
		Point size = canvas.getSize();
		int line = gc.getFontMetrics().getHeight();
		int labels = 0;
		for (String y : ys) {
			labels = Math.max(labels, gc.textExtent(y).x);
		}
		labels = Math.max(labels, gc.textExtent(yTitle()).x);
		int left = GAP + Math.min(labels, size.x / 3) + GAP;
		int legendText = legend().stream().mapToInt(t -> gc.textExtent(t).x).max().orElse(0);
		legendText = Math.max(legendText - LEGEND_WIDTH - GAP, gc.textExtent(legendTitle()).x);
		int right = GAP + LEGEND_WIDTH + GAP + legendText + GAP;
		int top = GAP + 2 * line + GAP;
		int cellWidth = Math.max(1, Math.min(MAX_CELL, (size.x - left - right) / Math.max(1, xs.size())));
		int cellHeight = Math.max(1, Math.min(MAX_CELL / 2, (size.y - top - GAP) / Math.max(1, ys.size())));
		return new Grid(left, top, cellWidth, cellHeight, left + cellWidth * xs.size() + GAP, line);
	}

	/** Above the legend: the value's column with the unit of the cells' numbers ("mean energy (MJ)"). */
	private String legendTitle() {
		return cellUnit.title(table.column(spec.valueKey()).label());
	}

	private String yTitle() {
		return table.column(spec.yKey()).label() + " ↓";
	}

	private void paint(GC gc) {
		Grid grid = grid(gc);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(table.column(spec.xKey()).label() + " →", grid.left(), GAP, true);
		gc.drawText(fit(gc, yTitle(), grid.left() - 2 * GAP), GAP, GAP + grid.lineHeight(), true);
		for (int i = 0; i < xs.size(); i++) {
			Rectangle column = grid.cell(i, 0);
			gc.drawText(fit(gc, xs.get(i), column.width - 2), column.x + 1, GAP + grid.lineHeight(), true);
		}
		for (int j = 0; j < ys.size(); j++) {
			Rectangle row = grid.cell(0, j);
			gc.drawText(fit(gc, ys.get(j), grid.left() - 2 * GAP), GAP, row.y + (row.height - grid.lineHeight()) / 2, true);
		}
		for (Cell cell : cells) {
			Rectangle r = grid.cell(xs.indexOf(cell.x()), ys.indexOf(cell.y()));
			gc.setBackground(new Color(cell.colour()));
			gc.fillRectangle(r);
			if (cell.value() != null) {
				String text = cellUnit.tickFormat().format(cell.value());
				text = gc.textExtent(text).x <= r.width - 4 ? text : ""; // a number cut short would mislead
				gc.setForeground(canvas.getDisplay().getSystemColor(lightness(cell.value()) < 0.60 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
				Point extent = gc.textExtent(text);
				gc.drawText(text, r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2, true);
			}
		}
		paintLegend(gc, grid);
	}

	/** A vertical bar from the lowest value (top, light) to the highest (bottom, dark), each end labelled. */
	private void paintLegend(GC gc, Grid grid) {
		List<String> ends = legend();
		if (ends.isEmpty()) {
			return;
		}
		int height = Math.max(grid.lineHeight() * 2, grid.cellHeight() * ys.size());
		for (int y = 0; y < height; y++) {
			gc.setForeground(new Color(colour(height <= 1 ? 0 : (double) y / (height - 1))));
			gc.drawLine(grid.legendX(), grid.top() + y, grid.legendX() + LEGEND_WIDTH - 1, grid.top() + y);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(legendTitle(), grid.legendX(), GAP + grid.lineHeight(), true);
		int textX = grid.legendX() + LEGEND_WIDTH + GAP;
		gc.drawText(ends.get(0), textX, grid.top(), true);
		gc.drawText(ends.get(1), textX, grid.top() + height - grid.lineHeight(), true);
	}

	/** The text, or its end after an ellipsis when it is wider than {@code width} (a folder's last part tells most). */
	private static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		for (int start = 1; start < text.length(); start++) {
			String shorter = "…" + text.substring(start);
			if (gc.textExtent(shorter).x <= width) {
				return shorter;
			}
		}
		return "";
	}
}
