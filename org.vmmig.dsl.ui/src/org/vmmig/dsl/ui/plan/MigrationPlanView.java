package org.vmmig.dsl.ui.plan;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.units.Formats;

/**
 * The Migration Plan view: the planned migrations of the model last simulated (Simulate command), as a
 * table and a timeline with one bar per migration (its downtime in red at the end). Selecting a row reveals
 * the VM's declaration in the editor.
 */
public class MigrationPlanView extends ViewPart {

	public static final String ID = "org.vmmig.dsl.ui.migrationPlanView";

	private static final Color BAR = new Color(40, 100, 180);
	private static final Color DOWNTIME = new Color(200, 40, 40);
	private static final Color AXIS = new Color(90, 90, 100);
	private static final int ROW_HEIGHT = 18;
	private static final int LABEL_WIDTH = 150;

	private Label summary;
	private TableViewer table;
	private Canvas timeline;
	private ModelResults result = new ModelResults("",
			List.of("Open a .vmig model and run Simulate (editor context menu or toolbar) to see its plan."));

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		summary = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		SashForm sash = new SashForm(area, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Scenario", 110, PlanRow::scenario);
		column("VM", 90, row -> row.migration().vmName());
		column("Source", 70, row -> row.migration().sourceHost());
		column("Target", 70, row -> row.migration().targetHost());
		column("Start", 80, row -> Formats.seconds(row.migration().startSeconds()));
		column("End", 80, row -> Formats.seconds(row.migration().endSeconds()));
		column("Downtime", 80, row -> Formats.seconds(row.migration().estimate().downtimeSeconds()));
		column("Duration", 80, row -> Formats.seconds(row.migration().durationSeconds()));
		column("Data", 90, row -> Formats.bytes(row.migration().estimate().bytesTransferred()));
		column("SLA breached", 120, PlanRow::slaBreaches);
		column("Security not met", 160, PlanRow::securityNotMet);
		table.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof PlanRow row) {
				reveal(row);
				if (getSite().getPage().findView(MetricsView.ID) instanceof MetricsView metrics) {
					metrics.select(row);
				}
			}
		});

		timeline = new Canvas(sash, SWT.DOUBLE_BUFFERED);
		timeline.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		timeline.addPaintListener(this::paintTimeline);
		sash.setWeights(1, 1);
		getSite().setSelectionProvider(table);
		show(result);
	}

	private void column(String title, int width, Function<PlanRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PlanRow) element);
			}
		});
	}

	/** Shows a simulation's plans (UI thread). */
	public void show(ModelResults simulation) {
		this.result = simulation;
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		String title = simulation.modelName().isEmpty() ? "" : simulation.modelName() + ": ";
		summary.setText(title + String.join("\n", simulation.notes()));
		table.setInput(simulation.rows());
		timeline.redraw();
		summary.getParent().layout(true, true);
		setContentDescription(simulation.modelName());
	}

	public ModelResults result() {
		return result;
	}

	public Table table() {
		return table.getTable();
	}

	public Canvas timeline() {
		return timeline;
	}

	/** Opens the editor of the VM's file (without taking the focus from the view) and selects the VM's name. */
	private void reveal(PlanRow row) {
		if (row.file() == null) {
			return;
		}
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), row.file(), VmigEditor.ID, false);
			if (editor instanceof ITextEditor textEditor) {
				textEditor.selectAndReveal(row.offset(), row.length());
			}
		} catch (PartInitException e) {
			ILog.of(getClass()).error("vmmig: cannot open " + row.file().getFullPath(), e);
		}
	}

	private void paintTimeline(PaintEvent event) {
		GC gc = event.gc;
		Rectangle area = timeline.getClientArea();
		List<PlanRow> rows = result.rows();
		if (rows.isEmpty()) {
			gc.setForeground(AXIS);
			gc.drawText("No migrations to show.", 6, 6, true);
			return;
		}
		double makespan = rows.stream().mapToDouble(r -> r.migration().endSeconds()).max().orElse(1);
		int left = LABEL_WIDTH;
		int width = Math.max(20, area.width - left - 16);
		boolean severalScenarios = rows.stream().map(PlanRow::scenario).distinct().count() > 1;
		int y = 6;
		for (PlanRow row : rows) {
			Migration migration = row.migration();
			gc.setForeground(AXIS);
			String label = (severalScenarios ? row.scenario() + " / " : "") + migration.vmName() + " → "
					+ migration.targetHost();
			gc.drawText(label, 6, y, true);
			int start = left + (int) Math.round(migration.startSeconds() / makespan * width);
			int end = left + (int) Math.round(migration.endSeconds() / makespan * width);
			int barWidth = Math.max(2, end - start);
			gc.setBackground(BAR);
			gc.fillRectangle(start, y + 2, barWidth, ROW_HEIGHT - 6);
			int downtime = Math.max(2, (int) Math.round(migration.estimate().downtimeSeconds() / makespan * width));
			gc.setBackground(DOWNTIME);
			gc.fillRectangle(start + barWidth - Math.min(downtime, barWidth), y + 2, Math.min(downtime, barWidth),
					ROW_HEIGHT - 6);
			y += ROW_HEIGHT;
		}
		gc.setForeground(AXIS);
		gc.drawLine(left, y + 2, left + width, y + 2);
		gc.drawText("0 s", left, y + 4, true);
		String end = Formats.seconds(makespan);
		gc.drawText(end, left + width - gc.textExtent(end).x, y + 4, true);
		gc.drawText("time (red: downtime)", left + width / 2 - 50, y + 4, true);
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
