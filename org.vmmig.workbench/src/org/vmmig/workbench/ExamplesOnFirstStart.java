package org.vmmig.workbench;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.service.prefs.BackingStoreException;
import org.vmmig.dsl.ui.wizards.NewVmmigProjectWizard;

/**
 * The first time the vmmig Workbench opens a workspace, it creates the example project (the models of the
 * new-project wizard) and opens its first model, so a new user starts from a working model. Remembered per
 * workspace: a user who deletes the project does not get it back.
 */
public class ExamplesOnFirstStart implements IStartup {

	public static final String PROJECT = "vmmig-examples";
	static final String CREATED = "examplesCreated";

	@Override
	public void earlyStartup() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.vmmig.workbench");
		IWorkspace workspace = org.eclipse.core.resources.ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT);
		if (preferences.getBoolean(CREATED, false) || project.exists()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Creating the vmmig example project") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				NewVmmigProjectWizard.create(project, workspace.newProjectDescription(PROJECT), monitor);
				preferences.putBoolean(CREATED, true);
				try {
					preferences.flush();
				} catch (BackingStoreException e) {
					ILog.of(getClass()).warn("vmmig: cannot remember that the examples were created", e);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(workspace.getRoot());
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					openFirstModel(project.getFile(NewVmmigProjectWizard.TEMPLATES.get(0)));
				}
			}
		});
		job.schedule();
	}

	private static void openFirstModel(IFile model) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			if (window == null || window.getActivePage() == null) {
				return;
			}
			try {
				IDE.openEditor(window.getActivePage(), model);
			} catch (PartInitException e) {
				ILog.of(ExamplesOnFirstStart.class).error("vmmig: cannot open the example model", e);
			}
		});
	}
}
