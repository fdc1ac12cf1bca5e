package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.metrics.MetricsCharts;
import org.vmmig.dsl.ui.metrics.MetricsView;
import org.vmmig.dsl.ui.plan.MigrationPlanView;
import org.vmmig.dsl.ui.results.PlanRow;
import org.vmmig.engine.plan.Migration;
import org.vmmig.dsl.ui.plan.PlanComputation;
import org.vmmig.dsl.ui.plan.SimulateHandler;
import org.vmmig.dsl.ui.preferences.VmigPreferencePage;
import org.vmmig.dsl.ui.preferences.VmigPreferences;
import org.vmmig.dsl.ui.wizards.NewVmmigProjectWizard;
import org.vmmig.engine.run.RunOptions;

/** The new-project wizard, the preference page and the Migration Plan view, driven in a running workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchFeaturesTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String PROJECT = "wizard-lab";

	private IWorkbenchPage page;
	private Shell shell;
	private Dialog dialog;

	@BeforeEach
	void findTheWorkbenchWindow() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PlanViews.clear(page);
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		page.closeAllEditors(false);
		IProject project = root().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(VmigUiPlugin.PLUGIN_ID);
		preferences.remove(VmigPreferences.COST_MODEL);
		preferences.remove(VmigPreferences.DEFAULT_DOWNTIME_LIMIT_MS);
		preferences.flush();
	}

	private static IWorkspaceRoot root() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Test
	void theNewProjectWizardCreatesAProjectWithTheExampleModel() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
				.findWizard(NewVmmigProjectWizard.ID);
		assertNotNull(descriptor, "the wizard is registered");
		assertEquals("vmmig Project", descriptor.getLabel());
		assertEquals("vmmig", descriptor.getCategory().getLabel());
		IWorkbenchWizard wizard = descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog wizardDialog = new WizardDialog(shell, wizard);
		dialog = wizardDialog;
		wizardDialog.setBlockOnOpen(false);
		wizardDialog.open();
		WorkbenchDriver.processEvents();

		Button finish = WorkbenchDriver.button(wizardDialog.getShell(), "Finish");
		assertTrue(!finish.isEnabled(), "no project name yet");
		Text name = WorkbenchDriver.controls(wizardDialog.getShell(), Text.class).get(0);
		WorkbenchDriver.type(name, PROJECT);
		assertTrue(finish.isEnabled(), "a name is enough");
		WorkbenchDriver.click(finish);
		WorkbenchDriver.waitUntil("the wizard closes", TIMEOUT, () -> wizardDialog.getShell() == null);

		IProject project = root().getProject(PROJECT);
		assertTrue(project.exists() && project.isOpen(), "the project is created and open");
		IFile lab = project.getFile("lab.vmig");
		assertTrue(lab.exists(), "the example model is in the project");
		String content = new String(lab.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(content.contains("scenario maintenanceH1"), content);
		IEditorPart editor = page.getActiveEditor();
		assertInstanceOf(VmigEditor.class, editor, "the example opens in the editor");
		assertEquals(lab, ((IFileEditorInput) editor.getEditorInput()).getFile());
	}

	@Test
	void thePreferencePageStoresTheEngineDefaults() throws Exception {
		assertEquals(VmigPreferences.COST_MODEL_LIVE, VmigPreferences.costModelName());
		assertEquals(0.3, VmigPreferences.defaultDowntimeLimitSeconds(), 1e-9);
		PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(shell, VmigPreferencePage.ID,
				new String[] { VmigPreferencePage.ID }, null);
		dialog = preferences;
		preferences.setBlockOnOpen(false);
		preferences.open();
		WorkbenchDriver.processEvents();
		PreferencePage preferencePage = assertInstanceOf(VmigPreferencePage.class, preferences.getSelectedPage());
		Control control = preferencePage.getControl();
		WorkbenchDriver.click(WorkbenchDriver.button(control, "CloudSim baseline (memory / half the bandwidth)"));
		Text downtime = WorkbenchDriver.controls(control, Text.class).get(0);
		assertEquals("300", downtime.getText(), "the page shows the default");
		WorkbenchDriver.type(downtime, "500");
		WorkbenchDriver.click(okButton(preferences.getShell()));
		WorkbenchDriver.waitUntil("the dialog closes", TIMEOUT, () -> preferences.getShell() == null);

		IEclipsePreferences stored = InstanceScope.INSTANCE.getNode(VmigUiPlugin.PLUGIN_ID);
		assertEquals(VmigPreferences.COST_MODEL_CLOUDSIM, stored.get(VmigPreferences.COST_MODEL, null));
		assertEquals(500, stored.getInt(VmigPreferences.DEFAULT_DOWNTIME_LIMIT_MS, -1));
		assertEquals(0.5, VmigPreferences.defaultDowntimeLimitSeconds(), 1e-9);

		PreferenceDialog again = PreferencesUtil.createPreferenceDialogOn(shell, VmigPreferencePage.ID,
				new String[] { VmigPreferencePage.ID }, null);
		dialog = again;
		again.setBlockOnOpen(false);
		again.open();
		WorkbenchDriver.processEvents();
		Control reopened = ((PreferencePage) again.getSelectedPage()).getControl();
		assertEquals("500", WorkbenchDriver.controls(reopened, Text.class).get(0).getText(), "the page shows what was stored");
		assertTrue(WorkbenchDriver.button(reopened, "CloudSim baseline (memory / half the bandwidth)").getSelection());
		again.close();
	}

	private static Button okButton(Shell dialogShell) {
		List<Button> buttons = WorkbenchDriver.controls(dialogShell, Button.class);
		return buttons.stream().filter(b -> List.of("Apply and Close", "OK").contains(b.getText().replace("&", "")))
				.findFirst().orElseThrow(() -> new AssertionError(buttons.stream().map(Button::getText).toList()));
	}

	@Test
	void simulateFillsTheMigrationPlanViewAndARowRevealsItsVm() throws Exception {
		IProject project = root().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, project.getFile("lab.vmig"));

		Object result = PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(SimulateHandler.COMMAND_ID, null);
		Job job = assertInstanceOf(Job.class, result, "the command runs a job");
		WorkbenchDriver.waitUntil("the simulation ends", TIMEOUT, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		WorkbenchDriver.waitUntil("the view shows the plan", TIMEOUT,
				() -> page.findView(MigrationPlanView.ID) instanceof MigrationPlanView view && view.result().modelName().equals("lab.vmig") && view.table().getItemCount() > 0);
		MigrationPlanView view = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		Table table = view.table();
		List<String> vms = Arrays.stream(table.getItems()).map(item -> item.getText(1)).toList();
		assertEquals(List.of("db1", "cache", "web1", "web2"), vms, "the lab's four VMs leave h1, largest first");
		TableItem first = table.getItem(0);
		assertEquals("maintenanceH1 | db1 | h1 | h3",
				String.join(" | ", first.getText(0), first.getText(1), first.getText(2), first.getText(3)));

		WorkbenchDriver.select(table, 1);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("cache", selection.getText(), "the VM's declaration is selected in the editor");
		shell.setBounds(shell.getDisplay().getClientArea()); // room for the table and the timeline
		WorkbenchDriver.settle(Duration.ofMillis(800));
		WorkbenchDriver.screenshot(WorkbenchDriver.screenshotDirectory(), "migration-plan-view");
	}

	@Test
	void theMetricsViewChartsTimesPerMigrationAndTheRoundsOfTheSelectedOne() throws Exception {
		IProject project = root().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
		IDE.openEditor(page, project.getFile("lab.vmig"));
		Job job = (Job) PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(SimulateHandler.COMMAND_ID, null);
		WorkbenchDriver.waitUntil("the simulation ends", TIMEOUT, () -> job.getResult() != null);
		WorkbenchDriver.waitUntil("the metrics view has the migrations", TIMEOUT,
				() -> page.findView(MetricsView.ID) instanceof MetricsView view && !view.charts().isEmpty()
						&& view.charts().get(0).labels().size() == 4);
		MetricsView metrics = (MetricsView) page.findView(MetricsView.ID);
		MetricsCharts.BarChart times = metrics.charts().get(0);
		assertEquals(List.of("db1", "cache", "web1", "web2"), times.labels());
		MigrationPlanView plan = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		for (int i = 0; i < 4; i++) {
			Migration m = ((PlanRow) plan.table().getItem(i).getData()).migration();
			assertEquals(m.estimate().downtimeSeconds(), times.values().get(i)[0], "downtime bar of " + m.vmName());
			assertEquals(m.durationSeconds(), times.values().get(i)[1], "total-time bar of " + m.vmName());
		}
		page.showView(MetricsView.ID);
		WorkbenchDriver.select(plan.table(), 1);
		WorkbenchDriver.waitUntil("the rounds follow the selection", TIMEOUT,
				() -> metrics.charts().get(1).title().startsWith("Rounds of cache"));
		Migration cache = ((PlanRow) plan.table().getItem(1).getData()).migration();
		assertEquals(cache.estimate().trace().size(), metrics.charts().get(1).labels().size(), "one bar per round");
		shell.setBounds(shell.getDisplay().getClientArea());
		WorkbenchDriver.settle(Duration.ofMillis(800));
		WorkbenchDriver.screenshot(WorkbenchDriver.screenshotDirectory(), "metrics-view");
	}

	@Test
	void consolidationAndTimeSimulationsShowInTheView() throws Exception {
		IProject project = root().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
		String text = TestModels.threeUnderusedHosts();
		org.eclipse.core.resources.IFile file = project.getFile("pack.vmig");
		file.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				true, null);
		IDE.openEditor(page, file);
		Job job = (Job) PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(SimulateHandler.COMMAND_ID, null);
		WorkbenchDriver.waitUntil("the simulation ends", TIMEOUT, () -> job.getResult() != null);
		WorkbenchDriver.waitUntil("the view shows the plan", TIMEOUT,
				() -> page.findView(MigrationPlanView.ID) instanceof MigrationPlanView view && view.result().modelName().equals("pack.vmig") && view.table().getItemCount() > 0);
		MigrationPlanView view = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		List<String> moves = Arrays.stream(view.table().getItems())
				.map(item -> item.getText(1) + " " + item.getText(2) + "->" + item.getText(3)).toList();
		assertEquals(List.of("v1 h1->h2", "v3 h3->h2"), moves, "the under-utilised hosts are emptied onto h2");
		String notes = String.join("\n", view.result().notes());
		assertTrue(notes.contains("scenario pack: consolidate emptying h1, h3 using p — 2 migration(s)"), notes);
		assertTrue(notes.matches("(?s).*scenario day: simulate using p \\(THR-MMT-0\\.8\\) — [0-9.]+ kWh.*"), notes);

		// the Metrics view draws the time simulation: power and active hosts at every step
		MetricsView metrics = (MetricsView) page.showView(MetricsView.ID);
		WorkbenchDriver.waitUntil("the metrics view has the time series", TIMEOUT, () -> metrics.series().size() == 1);
		MetricsCharts.LineChart day = metrics.series().get(0);
		var steps = view.result().timeSimulations().get(0).simulation().series();
		assertEquals(steps.size(), day.seconds().size());
		assertTrue(steps.size() >= 10, "an hour in 5-minute steps: " + steps.size());
		for (int i = 0; i < steps.size(); i++) {
			assertEquals(steps.get(i).watts(), day.series().get(0)[i], "power at step " + i);
			assertEquals(steps.get(i).activeHosts(), day.series().get(1)[i], "active hosts at step " + i);
		}
	}

	@Test
	void simulateRunsOnAFileSelectedInTheExplorerWithoutOpeningIt() throws Exception {
		IProject project = root().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
		org.eclipse.core.resources.IFile file = project.getFile("pack.vmig");
		file.create(new java.io.ByteArrayInputStream(
				TestModels.threeUnderusedHosts().getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);

		Job job = (Job) Commands.onSelectedFile(SimulateHandler.COMMAND_ID, file);
		WorkbenchDriver.waitUntil("the simulation ends", TIMEOUT, () -> job.getResult() != null);
		WorkbenchDriver.waitUntil("the view shows pack.vmig's plan", TIMEOUT,
				() -> page.findView(MigrationPlanView.ID) instanceof MigrationPlanView view
						&& view.result().modelName().equals("pack.vmig"));
		MigrationPlanView view = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		assertEquals(2, view.table().getItemCount(), "the consolidation's two migrations");
		assertEquals(0, page.getEditorReferences().length, "no editor was opened");
	}

	@Test
	void theMetricsViewComparesTheModelsPoliciesOnEachEvacuation() throws Exception {
		IProject project = root().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, project.getFile("lab.vmig"));
		org.eclipse.jface.text.IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		// post-copy from the start (docs/decisions/0004-post-copy.md: `technique post-copy` runs the first pass first)
		document.replace(document.getLength(), 0, "\npolicy pull { technique hybrid hybrid-rounds 0 }\n");
		Job job = (Job) PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(SimulateHandler.COMMAND_ID, null);
		WorkbenchDriver.waitUntil("the simulation ends", TIMEOUT, () -> job.getResult() != null);
		MetricsView metrics = (MetricsView) page.showView(MetricsView.ID);
		WorkbenchDriver.waitUntil("the metrics view compares the policies", TIMEOUT,
				() -> metrics.charts().stream().anyMatch(c -> c.title().startsWith("Policies for scenario maintenanceH1")));
		MetricsCharts.BarChart policies = metrics.charts().stream()
				.filter(c -> c.title().startsWith("Policies for scenario maintenanceH1")).findFirst().orElseThrow();
		assertEquals(List.of("standard", "pull"), policies.labels());
		// the scenario's own policy: the same figures as its plan in the Migration Plan view
		MigrationPlanView view = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		double downtime = 0;
		double end = 0;
		for (var item : view.table().getItems()) {
			Migration m = ((PlanRow) item.getData()).migration();
			downtime += m.estimate().downtimeSeconds();
			end = Math.max(end, m.endSeconds());
		}
		assertEquals(downtime, policies.values().get(0)[0], 1e-9, "total downtime under standard");
		assertEquals(end, policies.values().get(0)[1], 1e-9, "time to finish under standard");
		// post-copy from the start stops each VM once, for its CPU state only: far less downtime than pre-copy's
		// final copy
		assertTrue(policies.values().get(1)[0] < policies.values().get(0)[0] / 2,
				"post-copy downtime " + policies.values().get(1)[0] + " vs pre-copy " + policies.values().get(0)[0]);
	}

	@Test
	void aModelWithErrorsIsNotSimulatedAndTheViewSaysWhy() throws Exception {
		IProject project = root().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, project.getFile("lab.vmig"));
		org.eclipse.jface.text.IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int memory = document.get().indexOf("64 GiB");
		document.replace(memory, "64 GiB".length(), "64 Gbps"); // parses and links; the validator rejects it
		Job job = (Job) PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(SimulateHandler.COMMAND_ID, null);
		WorkbenchDriver.waitUntil("the simulation ends", TIMEOUT, () -> job.getResult() != null);
		WorkbenchDriver.waitUntil("the view shows the result", TIMEOUT,
				() -> page.findView(MigrationPlanView.ID) instanceof MigrationPlanView view
						&& !view.result().notes().isEmpty() && view.result().notes().get(0).startsWith("Not simulated"));
		MigrationPlanView view = (MigrationPlanView) page.findView(MigrationPlanView.ID);
		assertEquals(0, view.table().getItemCount());
		assertTrue(view.result().notes().get(0).matches("Not simulated: the model has \\d+ error\\(s\\); see the Problems view\\."),
				view.result().notes().get(0));
	}

	@Test
	void simulateIsInTheEditorContextMenu() throws Exception {
		IProject project = root().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, project.getFile("lab.vmig"));
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		Menu menu = text.getMenu();
		assertNotNull(menu, "the editor has a context menu");
		menu.notifyListeners(SWT.Show, new Event()); // as when it opens: contributions are added
		WorkbenchDriver.processEvents();
		try {
			List<String> labels = Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "")).toList();
			assertTrue(labels.stream().anyMatch(label -> label.startsWith("Simulate")), labels.toString());
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	@Test
	void theWizardsExamplesAreThoseOfTheExamplesFolder() throws Exception {
		for (String name : NewVmmigProjectWizard.TEMPLATES) {
			java.nio.file.Path example = java.nio.file.Path.of(System.getProperty("vmmig.examples", "../examples"), name);
			String template = new String(VmigUiPlugin.getDefault().getBundle().getEntry("templates/" + name)
					.openStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(java.nio.file.Files.readString(example), template,
					"copy examples/" + name + " to org.vmmig.dsl.ui/templates/ when it changes");
		}
	}

	@Test
	void aCancelledSimulationStops() throws Exception {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		String model = new String(VmigUiPlugin.getDefault().getBundle().getEntry("templates/lab.vmig").openStream()
				.readAllBytes(), StandardCharsets.UTF_8);
		PlanComputation computation = new PlanComputation(VmigUiPlugin.getDefault().injector());
		assertThrows(OperationCanceledException.class, () -> computation.compute("lab.vmig",
				org.eclipse.emf.common.util.URI.createURI("lab.vmig"), model, RunOptions.DEFAULTS, cancelled));
		assertEquals(4, computation.compute("lab.vmig", org.eclipse.emf.common.util.URI.createURI("lab.vmig"), model,
				RunOptions.DEFAULTS, new NullProgressMonitor()).rows().size());
	}

}
