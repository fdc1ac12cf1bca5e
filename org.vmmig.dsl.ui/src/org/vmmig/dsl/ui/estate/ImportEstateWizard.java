package org.vmmig.dsl.ui.estate;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.importer.EstateImport;
import org.vmmig.importer.ImportException;

/**
 * File > Import… > vmmig > Estate, and the Import Estate… command: a model from an estate's exports, as
 * {@code vmmig import} writes it (docs/import.md). A refused export keeps the wizard open with the message naming the
 * file and what was expected there, and writes nothing; an imported model opens in the editor, where the validator
 * reports its placeholders.
 */
public class ImportEstateWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.vmmig.dsl.ui.importEstate";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ImportEstatePage page;
	private volatile EstateImport.Result imported;

	public ImportEstateWizard() {
		setWindowTitle("Import Estate");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new ImportEstatePage(selection);
		addPage(page);
	}

	/** What the last finished import held, or null. */
	public EstateImport.Result imported() {
		return imported;
	}

	@Override
	public boolean performFinish() {
		EstateModelFile request = page.request();
		if (request == null) {
			return false;
		}
		try {
			getContainer().run(true, false, monitor -> {
				try {
					imported = request.write(VmigUiPlugin.getDefault().injector(), monitor);
				} catch (ImportException | IOException | CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof ImportException refused) {
				page.setErrorMessage(refused.getMessage());
			} else if (cause instanceof IOException || cause instanceof CoreException) {
				page.setErrorMessage("Cannot write " + request.model().getFullPath() + ": " + cause.getMessage());
			} else { // a bug, not the user's input: keep the trace for the log
				ILog.of(getClass()).error("vmmig: importing " + request.exports() + " failed", cause);
				page.setErrorMessage("Importing failed (a bug of vmmig, see the error log): " + cause);
			}
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		open(request);
		return true;
	}

	private void open(EstateModelFile request) {
		if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
			return;
		}
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(active, request.model());
		} catch (PartInitException e) {
			ILog.of(getClass()).error("vmmig: cannot open the imported model", e);
		}
	}
}
