package org.vmmig.dsl.ui.runbook;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.vmmig.dsl.ui.plan.ModelSource;
import org.vmmig.dsl.ui.preferences.VmigPreferences;
import org.vmmig.generator.Target;

/**
 * Generate Runbook (editor context menu, a .vmig file's context menu in the Project Explorer), with the target as
 * the command's parameter: writes what {@code vmmig generate --target T} writes into a {@code runbooks} folder beside
 * the model, in a background job. The text of an open editor is used as it is. Returns the job.
 */
public class GenerateRunbookHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.vmmig.dsl.ui.generateRunbook";
	public static final String TARGET_PARAMETER = "org.vmmig.dsl.ui.runbookTarget";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(TARGET_PARAMETER);
		Target target = Target.of(id == null ? "libvirt" : id);
		if (target == null) {
			throw new ExecutionException("unknown runbook target '" + id + "'; expected one of " + Target.names());
		}
		ModelSource model = ModelSource.of(event);
		if (model == null || model.file() == null) {
			return null;
		}
		RunbookJob job = new RunbookJob(model.file(), model.text(), target, VmigPreferences.runOptions());
		job.setUser(true);
		job.schedule();
		return job;
	}
}
