package org.vmmig.dsl.ui.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vmmig.report.Column;
import org.vmmig.report.ReportTable;

/**
 * One table of a report as the user reads it in a view: its description above, a column per report column (label
 * and unit, "energy [J]"), each value as the reports print it ({@code ColumnUnit.human}), sorted by a click on a
 * column's header (again: the other way). The rows stay the report's own values; sorting only orders them (numbers
 * by value, empty cells last). Virtual, so a sweep of many thousand runs fills only the rows on screen.
 */
public final class ReportTableControl {

	/** Column widths are measured on this many rows (a virtual table cannot measure them all). */
	private static final int MEASURED_ROWS = 100;
	private static final int MAX_COLUMN_WIDTH = 320;

	private final ReportTable table;
	private final Composite control;
	private final Table widget;
	/** Which row of the report each line of the widget shows. */
	private Integer[] order;

	public ReportTableControl(Composite parent, ReportTable table) {
		this.table = table;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		if (!table.description().isEmpty()) {
			Label description = new Label(control, SWT.WRAP);
			description.setText(table.description());
			GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
			wide.widthHint = 400; // wraps at the view's width, not at the sentence's
			description.setLayoutData(wide);
		}
		widget = new Table(control, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		widget.setHeaderVisible(true);
		widget.setLinesVisible(true);
		widget.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		order = new Integer[table.rows().size()];
		Arrays.setAll(order, i -> i);
		for (int c = 0; c < table.columns().size(); c++) {
			TableColumn column = new TableColumn(widget, table.columns().get(c).unit().numeric() ? SWT.RIGHT : SWT.LEFT);
			column.setText(table.columns().get(c).header());
			column.setToolTipText(table.columns().get(c).label());
			int index = c;
			column.addListener(SWT.Selection, event -> sortBy(index));
		}
		widget.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			item.setText(texts(order[widget.indexOf(item)]));
		});
		widget.setItemCount(order.length);
		measureColumns();
	}

	public Composite control() {
		return control;
	}

	/** The SWT table (tests read its items as the user sees them). */
	public Table widget() {
		return widget;
	}

	public ReportTable table() {
		return table;
	}

	/** The cells of a report row as shown: "1.2 GiB", "yes", "" for no value. */
	public String[] texts(int row) {
		List<Object> values = table.rows().get(row);
		String[] texts = new String[values.size()];
		for (int c = 0; c < texts.length; c++) {
			texts[c] = table.columns().get(c).unit().human(values.get(c));
		}
		return texts;
	}

	/** Which report row line {@code line} of the widget shows (after sorting). */
	public int rowAt(int line) {
		return order[line];
	}

	/** Sorts the lines by a column, ascending; by the same column again, the other way. */
	public void sortBy(int columnIndex) {
		TableColumn column = widget.getColumn(columnIndex);
		boolean ascending = widget.getSortColumn() != column || widget.getSortDirection() != SWT.UP;
		Comparator<Integer> byValue = Comparator.comparing(row -> table.rows().get(row).get(columnIndex), ReportTableControl::compare);
		Arrays.sort(order, ascending ? byValue : byValue.reversed()); // stable: ties keep the report's order
		widget.setSortColumn(column);
		widget.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		widget.clearAll();
	}

	/** Numbers by value, texts and booleans in their natural order; empty cells after every value. */
	@SuppressWarnings("unchecked") // cells of one column share a type: String, Number or Boolean
	private static int compare(Object a, Object b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : 1) : -1;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
			return comparable.compareTo(b);
		}
		return a.toString().compareTo(b.toString());
	}

	private void measureColumns() {
		GC gc = new GC(widget);
		try {
			int rows = Math.min(MEASURED_ROWS, table.rows().size());
			for (int c = 0; c < table.columns().size(); c++) {
				Column column = table.columns().get(c);
				int width = gc.textExtent(column.header()).x + 24; // room for the sort arrow
				for (int r = 0; r < rows; r++) {
					width = Math.max(width, gc.textExtent(column.unit().human(table.rows().get(r).get(c))).x + 16);
				}
				widget.getColumn(c).setWidth(Math.min(width, MAX_COLUMN_WIDTH));
			}
		} finally {
			gc.dispose();
		}
	}
}
