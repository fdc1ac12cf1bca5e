package org.vmmig.dsl.ui.plan;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.metrics.MetricsView;
import org.vmmig.dsl.ui.preferences.VmigPreferences;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.engine.run.RunOptions;

/**
 * Simulate (editor context menu, toolbar, Migration Plan view, a .vmig file's context menu in the Project
 * Explorer): plans the scenarios of the model (the active editor's text, or the selected file's) in a background job with progress and cancellation, then publishes them to the views
 * ({@link CurrentResults}). Returns the job, so that callers (and tests) can wait for it.
 */
public class SimulateHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.vmmig.dsl.ui.simulate";
	/** The family of the simulation jobs ({@link Job#belongsTo}). */
	public static final Object FAMILY = SimulateHandler.class;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ModelSource model = ModelSource.of(event);
		if (model == null || model.page() == null) {
			return null;
		}
		String text = model.text();
		URI uri = model.uri();
		String name = model.name();
		IWorkbenchPage page = model.page();
		RunOptions options = VmigPreferences.runOptions();
		Job job = new Job("Simulating " + name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ModelResults result = new PlanComputation(VmigUiPlugin.getDefault().injector()).compute(name, uri,
							text, options, monitor);
					Display display = page.getWorkbenchWindow().getShell().getDisplay();
					display.asyncExec(() -> show(page, result));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					return Status.error("vmmig: simulating " + name + " failed: " + e.getMessage(), e);
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true); // progress dialog with Cancel, or the Progress view when sent to the background
		job.schedule();
		return job;
	}

	/**
	 * Publishes a result to the views ({@link CurrentResults}) and makes sure the Migration Plan view is visible
	 * and the Metrics view exists; UI thread.
	 */
	public static void show(IWorkbenchPage page, ModelResults result) {
		if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
			return;
		}
		CurrentResults.shared().publish(result);
		try {
			page.showView(MigrationPlanView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			// created if needed, but not brought over the plan view: the user opens it (Window > Show View)
			page.showView(MetricsView.ID, null, IWorkbenchPage.VIEW_CREATE);
		} catch (PartInitException e) {
			ILog.of(SimulateHandler.class).error("vmmig: cannot show the Migration Plan view", e);
		}
	}
}
