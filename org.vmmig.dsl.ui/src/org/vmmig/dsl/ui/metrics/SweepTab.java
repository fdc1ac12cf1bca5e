package org.vmmig.dsl.ui.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vmmig.dsl.ui.charts.InteractiveChart;
import org.vmmig.dsl.ui.results.SweepReport;
import org.vmmig.report.Chart;
import org.vmmig.report.Column;
import org.vmmig.report.Report;
import org.vmmig.report.ReportTable;

/**
 * The Metrics view's sweep tab: the last sweep's tables ({@code SweepTables}, the tables of {@code vmmig sweep}'s
 * HTML, CSV and JSON) as the user reads them, nothing computed here. On top the title (marked partial when the sweep
 * was stopped); on the left what ran and the best configuration under the sweep's constraint; beside them a tab per
 * table — the Pareto front (SWTChart scatter, the front emphasised, beside its table), the heat map of the first two
 * knobs (cells shaded by value, {@link HeatmapChart}, beside its table), the sensitivity table, the percentiles of each metric when the sweep has samples (one metric at a time, its bands
 * beside its table), and every run (failures as rows with their reason). Tables sort by a click on a column.
 */
public final class SweepTab {

	private static final String PERCENTILES = "percentiles-";

	private final Composite control;
	private final Map<String, ReportTableControl> tables = new LinkedHashMap<>();
	private final Map<String, Table> records = new LinkedHashMap<>();
	private final Map<String, CTabItem> tabs = new LinkedHashMap<>();
	private final Map<String, InteractiveChart> bands = new LinkedHashMap<>();
	private InteractiveChart pareto;
	private HeatmapChart heatmap;
	private Label title;
	private SweepReport shown;
	private Font bold;

	SweepTab(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(1, false));
		control.addDisposeListener(event -> {
			if (bold != null) {
				bold.dispose();
			}
		});
		show(null);
	}

	Composite control() {
		return control;
	}

	/** The sweep shown, if any. */
	public SweepReport report() {
		return shown;
	}

	/** The title line as shown: the report's title ("… — sweep days (partial)") and what ran. */
	public String title() {
		return title.getText();
	}

	/** The tables listed in full (pareto, heatmap, sensitivity, percentiles-…, runs), by table id. */
	public Map<String, ReportTableControl> tables() {
		return Map.copyOf(tables);
	}

	/** The one-row tables shown as a list of label and value (sweep, best), by table id. */
	public Map<String, Table> records() {
		return Map.copyOf(records);
	}

	/** The percentile bands of each metric (P50, P95, P99 per configuration), by table id. */
	public Map<String, InteractiveChart> bandCharts() {
		return Map.copyOf(bands);
	}

	/** The Pareto front's scatter, or null when no sweep is shown. */
	public InteractiveChart paretoChart() {
		return pareto;
	}

	/** The heat map of the first two knobs, or null when none is shown (no sweep, or fewer than two knobs). */
	public HeatmapChart heatmapChart() {
		return heatmap;
	}

	/** Brings a table's tab to the front (by table id: pareto, heatmap, …); false when no tab shows that table. */
	public boolean showTab(String id) {
		CTabItem item = tabs.get(id);
		if (item == null) {
			return false;
		}
		item.getParent().setSelection(item);
		return true;
	}

	/** Shows a sweep (null: none yet, and how to run one); UI thread. */
	void show(SweepReport report) {
		for (Control child : control.getChildren()) {
			child.dispose();
		}
		tables.clear();
		records.clear();
		tabs.clear();
		bands.clear();
		pareto = null;
		heatmap = null;
		shown = report;
		title = new Label(control, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		if (report == null) {
			title.setText("Run Sweep on a model with a sweep (editor or Project Explorer context menu) to see its runs here.");
			control.layout(true, true);
			return;
		}
		Report tablesOfSweep = report.report();
		title.setText(tablesOfSweep.title() + "  —  " + String.join(" ", tablesOfSweep.subtitle()));
		title.setFont(bold(title));
		// the view is usually wide and low: what ran and the best configuration on the left, the tables beside them
		SashForm sides = new SashForm(control, SWT.HORIZONTAL);
		sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		ScrolledComposite scroller = new ScrolledComposite(sides, SWT.V_SCROLL);
		Composite overview = new Composite(scroller, SWT.NONE);
		overview.setLayout(new GridLayout(1, false));
		scroller.setContent(overview);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		CTabFolder details = new CTabFolder(sides, SWT.BORDER);
		sides.setWeights(30, 70);
		List<ReportTable> percentiles = new ArrayList<>();
		for (ReportTable table : tablesOfSweep.tables()) {
			if (table.rows().size() <= 1 && (table.id().equals("sweep") || table.id().equals("best"))) {
				records.put(table.id(), record(overview, table));
			} else if (table.id().startsWith(PERCENTILES)) {
				percentiles.add(table);
			} else {
				tab(details, table);
			}
			if (table.id().equals("runs") && !percentiles.isEmpty()) { // before the long table of every run
				percentilesTab(details, percentiles);
				percentiles.clear();
			}
		}
		details.setSelection(0);
		scroller.setMinSize(overview.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		control.layout(true, true);
		if (pareto != null) {
			pareto.resetZoom(); // fitted at the laid-out size
		}
	}

	/** A table with its own tab; a scatter (the Pareto front) or a heat map beside its table. */
	private void tab(CTabFolder details, ReportTable table) {
		CTabItem item = new CTabItem(details, SWT.NONE);
		item.setText(tabName(table));
		item.setToolTipText(table.title());
		tabs.put(table.id(), item);
		if (table.chart().orElse(null) instanceof Chart.Scatter scatter) {
			SashForm sash = new SashForm(details, SWT.HORIZONTAL);
			pareto = ScatterChart.of(sash, table, scatter);
			tables.put(table.id(), new ReportTableControl(sash, table));
			sash.setWeights(55, 45);
			item.setControl(sash);
		} else if (table.chart().orElse(null) instanceof Chart.Heatmap cells) {
			SashForm sash = new SashForm(details, SWT.HORIZONTAL);
			heatmap = new HeatmapChart(sash, table, cells);
			tables.put(table.id(), new ReportTableControl(sash, table));
			sash.setWeights(55, 45);
			item.setControl(sash);
		} else {
			ReportTableControl control = new ReportTableControl(details, table);
			tables.put(table.id(), control);
			item.setControl(control.control());
		}
	}

	/** The percentiles of every metric in one tab, one metric at a time (a choice above the table). */
	private void percentilesTab(CTabFolder details, List<ReportTable> percentiles) {
		CTabItem item = new CTabItem(details, SWT.NONE);
		item.setText("Percentiles");
		Composite page = new Composite(details, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Combo metric = new Combo(page, SWT.READ_ONLY);
		Composite stack = new Composite(page, SWT.NONE);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		List<Control> pages = new ArrayList<>();
		for (ReportTable table : percentiles) {
			metric.add(table.title());
			SashForm sash = new SashForm(stack, SWT.HORIZONTAL);
			if (table.chart().orElse(null) instanceof Chart.Bands spec) {
				bands.put(table.id(), BandsChart.of(sash, table, spec));
			}
			tables.put(table.id(), new ReportTableControl(sash, table));
			pages.add(sash);
		}
		metric.addListener(SWT.Selection, event -> {
			layout.topControl = pages.get(metric.getSelectionIndex());
			stack.layout();
		});
		metric.select(0);
		layout.topControl = pages.get(0);
		item.setControl(page);
	}

	/** A one-row table as a list: each column's label and unit, and its value ("energy [J]", "1.2e9 J"). */
	private static Table record(Composite parent, ReportTable table) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(table.title());
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		if (!table.description().isEmpty()) {
			Label description = new Label(group, SWT.WRAP);
			description.setText(table.description());
			GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
			wide.widthHint = 200;
			description.setLayoutData(wide);
		}
		Table list = new Table(group, SWT.BORDER | SWT.FULL_SELECTION);
		list.setLinesVisible(true);
		list.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false)); // as high as its rows
		new TableColumn(list, SWT.LEFT);
		new TableColumn(list, SWT.LEFT);
		List<Object> row = table.rows().isEmpty() ? null : table.rows().get(0);
		for (int c = 0; c < table.columns().size(); c++) {
			Column column = table.columns().get(c);
			TableItem item = new TableItem(list, SWT.NONE);
			item.setText(new String[] { column.header(), row == null ? "" : column.unit().human(row.get(c)) });
		}
		for (TableColumn column : list.getColumns()) {
			column.pack();
		}
		return list;
	}

	/** A tab's name: the table's title up to its colon ("Pareto front: energy and slav" → "Pareto front"). */
	private static String tabName(ReportTable table) {
		int colon = table.title().indexOf(':');
		return colon > 0 ? table.title().substring(0, colon) : table.title();
	}

	private Font bold(Label label) {
		if (bold == null) {
			FontData[] data = label.getFont().getFontData();
			for (FontData d : data) {
				d.setStyle(SWT.BOLD);
			}
			bold = new Font(label.getDisplay(), data);
		}
		return bold;
	}
}
