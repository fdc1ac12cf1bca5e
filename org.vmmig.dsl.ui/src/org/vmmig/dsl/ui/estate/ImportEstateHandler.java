package org.vmmig.dsl.ui.estate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Import Estate… (the Project Explorer's context menu, the File menu): opens the wizard on the selected project or
 * folder. The dialog is modal but the handler does not wait for it; it returns the dialog.
 */
public class ImportEstateHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.vmmig.dsl.ui.importEstate";

	@Override
	public Object execute(ExecutionEvent event) {
		IStructuredSelection selection = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s
				: StructuredSelection.EMPTY;
		ImportEstateWizard wizard = new ImportEstateWizard();
		wizard.init(PlatformUI.getWorkbench(), selection);
		WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}
}
