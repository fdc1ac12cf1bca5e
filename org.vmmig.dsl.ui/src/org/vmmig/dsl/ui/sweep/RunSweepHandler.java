package org.vmmig.dsl.ui.sweep;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.plan.ModelSource;
import org.vmmig.dsl.ui.preferences.VmigPreferences;
import org.vmmig.dsl.ui.report.ReportJob;

/**
 * Run Sweep (editor context menu, a .vmig file's context menu in the Project Explorer): runs one {@code sweep} of the
 * model — the one named by the command's parameter, else the one at the editor's caret, else the model's only one,
 * else the one the user picks — in a background job ({@link SweepJob}) with progress and Cancel, and shows its
 * results in the Metrics view's sweep tab; its files go into the {@code reports} folder beside the model, where Generate
 * Report writes (none for a model outside the workspace). The text of an open editor is used as it is (unsaved edits included).
 * Returns the job, or null when nothing runs (no model, or the choice was cancelled).
 */
public class RunSweepHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.vmmig.dsl.ui.runSweep";
	/** Optional: the name of the sweep to run. */
	public static final String SWEEP_PARAMETER = "org.vmmig.dsl.ui.sweepName";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ModelSource model = ModelSource.of(event);
		if (model == null || model.page() == null) {
			return null;
		}
		SweepsOfModel sweeps;
		try {
			sweeps = SweepsOfModel.of(new DocumentParser(VmigUiPlugin.getDefault().injector()).parse(model.uri(), model.text()));
		} catch (IOException e) {
			throw new ExecutionException("cannot read " + model.name() + ": " + e.getMessage(), e);
		}
		Optional<String> chosen = choose(event, model, sweeps);
		if (chosen.isEmpty() && !sweeps.sweeps().isEmpty()) {
			return null; // the user closed the choice
		}
		// no sweep at all: the job says so (and how to write one) in its status
		SweepJob job = new SweepJob(model.name(), model.uri(), model.text(), chosen.orElse(null),
				VmigPreferences.runOptions(), model.page(), model.file() == null ? null : ReportJob.folder(model.file()));
		job.setUser(true); // progress dialog with Cancel, or the Progress view when sent to the background
		job.schedule();
		return job;
	}

	private static Optional<String> choose(ExecutionEvent event, ModelSource model, SweepsOfModel sweeps) {
		String named = event.getParameter(SWEEP_PARAMETER);
		if (named != null) {
			return Optional.of(named);
		}
		if (HandlerUtil.getActivePart(event) instanceof VmigEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection caret) {
			Optional<String> atCaret = sweeps.at(caret.getOffset());
			if (atCaret.isPresent()) {
				return atCaret;
			}
		}
		List<String> names = sweeps.names();
		if (names.size() <= 1) {
			return names.stream().findFirst();
		}
		return pick(HandlerUtil.getActiveShell(event), model.name(), names);
	}

	/** A small dialog listing the model's sweeps. */
	private static Optional<String> pick(Shell shell, String modelName, List<String> names) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
		dialog.setTitle("Run Sweep");
		dialog.setMessage("Which sweep of " + modelName + " to run?");
		dialog.setElements(names.toArray());
		dialog.setMultipleSelection(false);
		dialog.setInitialSelections(names.get(0));
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof String name ? Optional.of(name)
				: Optional.empty();
	}
}
