package org.vmmig.dsl.ui.report;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.vmmig.dsl.ui.plan.ModelSource;
import org.vmmig.dsl.ui.preferences.VmigPreferences;

/**
 * Generate Report (editor context menu, toolbar, a .vmig file's context menu in the Project Explorer): writes
 * the HTML report of every scenario of the model — the same pages as {@code vmmig report} — into a
 * {@code reports} folder beside it, in a background job with progress and cancellation. The text of an open
 * editor is used as it is (unsaved edits included). Returns the job, so callers (and tests) can wait for it.
 */
public class GenerateReportHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.vmmig.dsl.ui.generateReport";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ModelSource model = ModelSource.of(event);
		if (model == null || model.file() == null) { // reports go into the workspace, beside the model
			return null;
		}
		ReportJob job = new ReportJob(model.file(), model.text(), VmigPreferences.runOptions(), model.page());
		job.setUser(true); // progress dialog with Cancel, or the Progress view when sent to the background
		job.schedule();
		return job;
	}
}
