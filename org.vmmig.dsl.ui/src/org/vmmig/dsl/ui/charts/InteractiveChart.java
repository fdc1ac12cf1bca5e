package org.vmmig.dsl.ui.charts;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;

/**
 * An SWTChart {@link Chart} with what users expect of a chart besides axes and a legend: a tooltip on each data
 * point (its label, series and value in the series' own format), zoom with the mouse wheel around the pointer or
 * by dragging across a range of the plot, reset by a double-click, and a context menu with the same and
 * "Save as PNG…". SWTChart's core bundle draws; this class only handles the mouse and the menu.
 */
public final class InteractiveChart {

	/** Below this many pixels a drag is a click, not a range. */
	private static final int MIN_DRAG = 6;
	/** How near (pixels) the pointer must be to a line's point for its tooltip. */
	private static final int NEAR = 8;

	private final Chart chart;
	private final Map<String, DoubleFunction<String>> valueFormats = new HashMap<>();
	private final Map<String, List<String>> pointLabels = new HashMap<>();
	private DoubleFunction<String> xFormat = x -> String.valueOf(x);
	private Point dragStart;
	private Point dragNow;

	/** A new chart in {@code parent}, with a legend right of the plot (views are often low, seldom narrow). */
	public InteractiveChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.getLegend().setPosition(SWT.RIGHT);
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseVerticalWheel, this::wheel);
		plot.addListener(SWT.MouseDown, this::mouseDown);
		plot.addListener(SWT.MouseMove, this::mouseMove);
		plot.addListener(SWT.MouseUp, this::mouseUp);
		plot.addListener(SWT.MouseDoubleClick, event -> resetZoom());
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(org.eclipse.swt.events.PaintEvent event) {
				if (dragStart != null && dragNow != null) { // the range being selected
					event.gc.setLineStyle(SWT.LINE_DOT);
					event.gc.drawRectangle(selection());
				}
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});
		MenuManager menu = new MenuManager();
		menu.add(action("Zoom &In", () -> zoom(true, center())));
		menu.add(action("Zoom &Out", () -> zoom(false, center())));
		menu.add(action("&Reset Zoom", this::resetZoom));
		menu.add(action("&Save as PNG…", this::saveWithDialog));
		plot.setMenu(menu.createContextMenu(plot));
	}

	public Chart chart() {
		return chart;
	}

	/** How the tooltip prints the values of a series (default: the number as is). */
	public void formatValues(String seriesId, DoubleFunction<String> format) {
		valueFormats.put(seriesId, format);
	}

	/** Names for the points of a series (a scatter's runs), shown in their tooltips before the x value. */
	public void labelPoints(String seriesId, List<String> labels) {
		pointLabels.put(seriesId, List.copyOf(labels));
	}

	/** How the tooltip prints an x value of a chart whose x axis is not a category axis. */
	public void formatX(DoubleFunction<String> format) {
		xFormat = format;
	}

	/** Fits every axis to the data again, undoing any zoom. */
	public void resetZoom() {
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/**
	 * Zooms the horizontal axes in (or out) around a point of the plot area, as the mouse wheel does over it: the
	 * x axis of a chart with upright bars or lines, the value axis of one with horizontal bars. The vertical axes
	 * keep their range, so bars keep their base.
	 */
	public void zoom(boolean in, Point plotPoint) {
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			if (horizontal(axis)) {
				double at = axis.getDataCoordinate(plotPoint.x);
				if (in) {
					axis.zoomIn(at);
				} else {
					axis.zoomOut(at);
				}
			}
		}
		chart.redraw();
	}

	/**
	 * Shows only what lies between two points of the plot area, as dragging across it does: the horizontal axes
	 * take the dragged range, and the vertical ones too when the drag spans some height.
	 */
	public void zoomTo(Point from, Point to) {
		boolean tall = Math.abs(to.y - from.y) >= MIN_DRAG;
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			if (horizontal(axis)) {
				axis.setRange(range(axis, from.x, to.x));
			} else if (tall) {
				axis.setRange(range(axis, from.y, to.y));
			}
		}
		chart.redraw();
	}

	/** Whether an axis runs across the plot (x axes do, unless the chart is turned to draw horizontal bars). */
	private boolean horizontal(IAxis axis) {
		return (axis.getDirection() == IAxis.Direction.X) == (chart.getOrientation() == SWT.HORIZONTAL);
	}

	private static Range range(IAxis axis, int fromPixel, int toPixel) {
		double a = axis.getDataCoordinate(fromPixel);
		double b = axis.getDataCoordinate(toPixel);
		return new Range(Math.min(a, b), Math.max(a, b));
	}

	/** Writes the chart as it is drawn now (zoom included) to a PNG file. */
	public void save(Path file) {
		chart.save(file.toString(), SWT.IMAGE_PNG);
	}

	/**
	 * The tooltip of a point of the plot area: the bar under it, or the nearest point of a line within a few
	 * pixels — its label, series and value — or null when there is none.
	 */
	public String tooltip(Point plotPoint) {
		String best = null;
		double bestDistance = Double.MAX_VALUE;
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			if (!series.isVisible() || !series.isVisibleInLegend()) {
				continue; // helper series (e.g. the invisible offset of a timeline's bars) have no tooltip
			}
			double[] ys = series.getYSeries();
			if (series instanceof IBarSeries<?> bars) {
				Rectangle[] bounds = bars.getBounds();
				for (int i = 0; bounds != null && i < bounds.length && i < ys.length; i++) {
					if (bounds[i] != null && ys[i] != 0 && grown(bounds[i]).contains(plotPoint)) {
						return text(series, i);
					}
				}
			} else {
				for (int i = 0; i < ys.length; i++) {
					Point p = series.getPixelCoordinates(i);
					double distance = Math.hypot(p.x - plotPoint.x, p.y - plotPoint.y);
					if (distance <= NEAR && distance < bestDistance) {
						bestDistance = distance;
						best = text(series, i);
					}
				}
			}
		}
		return best;
	}

	/** A bar at least a few pixels wide and high, so that a thin one can be pointed at. */
	private static Rectangle grown(Rectangle bar) {
		int dx = Math.max(0, 4 - bar.width / 2);
		int dy = Math.max(0, 4 - bar.height / 2);
		return new Rectangle(bar.x - dx, bar.y - dy, bar.width + 2 * dx, bar.height + 2 * dy);
	}

	private String text(ISeries<?> series, int index) {
		IAxis x = chart.getAxisSet().getXAxis(series.getXAxisId());
		String label;
		if (x.isCategoryEnabled() && x.getCategorySeries() != null && index < x.getCategorySeries().length) {
			label = x.getCategorySeries()[index];
		} else {
			double[] xs = series.getXSeries();
			label = xFormat.apply(xs != null && index < xs.length ? xs[index] : index);
			List<String> names = pointLabels.get(series.getId());
			if (names != null && index < names.size()) {
				label = names.get(index) + "\n" + label;
			}
		}
		double value = series.getYSeries()[index];
		return label + "\n" + series.getId() + ": "
				+ valueFormats.getOrDefault(series.getId(), v -> String.valueOf(v)).apply(value);
	}

	private void wheel(Event event) {
		if (event.count != 0) {
			zoom(event.count > 0, new Point(event.x, event.y));
		}
	}

	private void mouseDown(Event event) {
		if (event.button == 1) {
			dragStart = new Point(event.x, event.y);
			dragNow = null;
		}
	}

	private void mouseMove(Event event) {
		Control plot = chart.getPlotArea().getControl();
		if (dragStart != null && (event.stateMask & SWT.BUTTON1) != 0) {
			dragNow = new Point(event.x, event.y);
			plot.redraw();
			return;
		}
		String tip = tooltip(new Point(event.x, event.y));
		if (!java.util.Objects.equals(tip, plot.getToolTipText())) {
			plot.setToolTipText(tip);
		}
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || dragStart == null) {
			return;
		}
		Point from = dragStart;
		Point to = new Point(event.x, event.y);
		dragStart = null;
		dragNow = null;
		if (Math.abs(to.x - from.x) >= MIN_DRAG) {
			zoomTo(from, to);
		} else {
			chart.getPlotArea().getControl().redraw();
		}
	}

	private Rectangle selection() {
		int x = Math.min(dragStart.x, dragNow.x);
		int y = Math.min(dragStart.y, dragNow.y);
		return new Rectangle(x, y, Math.abs(dragNow.x - dragStart.x), Math.abs(dragNow.y - dragStart.y));
	}

	private Point center() {
		Rectangle bounds = chart.getPlotArea().getControl().getBounds();
		return new Point(bounds.width / 2, bounds.height / 2);
	}

	private void saveWithDialog() {
		FileDialog dialog = new FileDialog(chart.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png" });
		dialog.setFilterNames(new String[] { "PNG image (*.png)" });
		dialog.setFileName(fileName(chart.getTitle().getText()));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			save(Path.of(chosen.endsWith(".png") ? chosen : chosen + ".png"));
		}
	}

	/** A file name from a chart's title: "Rounds of cache: data sent" → "rounds-of-cache-data-sent.png". */
	static String fileName(String title) {
		String name = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return (name.isEmpty() ? "chart" : name.length() > 60 ? name.substring(0, 60) : name) + ".png";
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
