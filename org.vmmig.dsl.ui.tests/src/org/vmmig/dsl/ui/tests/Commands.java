package org.vmmig.dsl.ui.tests;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** Runs workbench commands as the user's gestures do. */
final class Commands {

	private Commands() {
	}

	/**
	 * Runs a command as from the context menu of a file selected in a view (the Project Explorer): the active
	 * part is a view, not an editor, and the current selection is the file. Returns what the handler returns.
	 */
	static Object onSelectedFile(String commandId, IFile file) throws Exception {
		return onSelected(commandId, file);
	}

	/** Runs a command with parameters (name → value) as from the context menu of a file selected in a view. */
	static Object onSelectedFile(String commandId, IFile file, java.util.Map<String, String> parameters) throws Exception {
		return onSelected(commandId, file, parameters);
	}

	/** Runs a command as from the context menu of a resource (a project, a folder) selected in a view. */
	static Object onSelected(String commandId, Object selected) throws Exception {
		return onSelected(commandId, selected, null);
	}

	private static Object onSelected(String commandId, Object selected, java.util.Map<String, String> parameters)
			throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selected));
		context.addVariable(ISources.ACTIVE_PART_NAME, PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW));
		ParameterizedCommand command = ParameterizedCommand
				.generateCommand(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId), parameters);
		return handlers.executeCommandInContext(command, null, context);
	}
}
