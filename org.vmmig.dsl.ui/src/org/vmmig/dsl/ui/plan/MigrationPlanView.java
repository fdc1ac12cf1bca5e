package org.vmmig.dsl.ui.plan;

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
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.vmmig.dsl.ui.charts.InteractiveChart;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.results.PlanRow;
import org.vmmig.engine.units.Formats;

/**
 * The Migration Plan view: the planned migrations of the model last simulated (Simulate command), as a
 * table and a timeline chart with one bar per migration (its downtime in red at the end). Selecting a row reveals
 * the VM's declaration in the editor.
 */
public class MigrationPlanView extends ViewPart {

	public static final String ID = "org.vmmig.dsl.ui.migrationPlanView";


	private Label summary;
	private TableViewer table;
	private PlanTimeline timeline;
	private ModelResults result = CurrentResults.NONE;
	/** Shows each result published (Simulate, Generate Report). */
	private final CurrentResults.Listener listener = this::show;

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
				CurrentResults.shared().select(row); // the Metrics view charts its rounds
			}
		});

		timeline = new PlanTimeline(sash);
		sash.setWeights(2, 3); // the timeline's axes and legend need more room than a few table rows
		getSite().setSelectionProvider(table);
		CurrentResults.shared().addListener(listener);
		show(CurrentResults.shared().current());
	}

	@Override
	public void dispose() {
		CurrentResults.shared().removeListener(listener);
		super.dispose();
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
	private void show(ModelResults simulation) {
		this.result = simulation;
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		String title = simulation.modelName().isEmpty() ? "" : simulation.modelName() + ": ";
		summary.setText(title + String.join("\n", simulation.notes()));
		table.setInput(simulation.rows());
		timeline.show(simulation.rows());
		summary.getParent().layout(true, true);
		setContentDescription(simulation.modelName());
	}

	public ModelResults result() {
		return result;
	}

	public Table table() {
		return table.getTable();
	}

	/** The timeline chart: one bar per migration, from its start to its end. */
	public InteractiveChart timeline() {
		return timeline.widget();
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

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
