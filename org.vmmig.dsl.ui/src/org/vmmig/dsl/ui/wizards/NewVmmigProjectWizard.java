package org.vmmig.dsl.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;

/**
 * File > New > Project... > vmmig > vmmig Project: a project with the example models of the bundle's
 * {@code templates/} folder (the lab and the enterprise of {@code examples/}); the first one opens in the editor.
 */
public class NewVmmigProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.vmmig.dsl.ui.newProject";
	/**
	 * The example models copied into a new project, from the bundle's templates/ folder (copies of
	 * examples/; a test keeps them equal). The first one opens in the editor.
	 */
	public static final List<String> TEMPLATES = List.of("lab.vmig", "enterprise.vmig");

	private WizardNewProjectCreationPage page;
	private IWorkbench workbench;

	public NewVmmigProjectWizard() {
		setWindowTitle("New vmmig Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("vmmig Project");
		page.setDescription("A project with an example model of a small lab to start from.");
		page.setImageDescriptor(VmigUiPlugin.imageDescriptor("project"));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		if (!page.useDefaults()) {
			description.setLocationURI(page.getLocationURI());
		}
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				create(project, description, monitor);
			}
		};
		try {
			getContainer().run(false, true, create);
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).error("vmmig: cannot create project " + project.getName(), e.getCause());
			MessageDialog.openError(getShell(), "New vmmig Project", "The project could not be created: "
					+ (e.getCause() == null ? e : e.getCause()).getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		openFirstModel(project);
		return true;
	}

	/** Creates and opens the project and copies the example models into it. */
	public static void create(IProject project, IProjectDescription description, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 2 + TEMPLATES.size());
		if (!project.exists()) {
			project.create(description, progress.split(1));
		}
		project.open(progress.split(1));
		for (String template : TEMPLATES) {
			IFile file = project.getFile(template);
			if (file.exists()) {
				progress.worked(1);
				continue;
			}
			URL url = Platform.getBundle(VmigUiPlugin.PLUGIN_ID).getEntry("templates/" + template);
			if (url == null) {
				throw new CoreException(Status.error("the bundle has no template " + template));
			}
			try (InputStream content = url.openStream()) {
				file.create(content, true, progress.split(1));
				file.setCharset("UTF-8", null);
			} catch (IOException e) {
				throw new CoreException(Status.error("cannot read the template " + template, e));
			}
		}
	}

	private void openFirstModel(IProject project) {
		if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
			return;
		}
		IWorkbenchPage activePage = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(activePage, project.getFile(TEMPLATES.get(0)));
		} catch (PartInitException e) {
			ILog.of(getClass()).error("vmmig: cannot open the example model", e);
		}
	}
}
