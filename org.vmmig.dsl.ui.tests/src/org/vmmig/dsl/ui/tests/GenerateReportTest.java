package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.plan.MigrationPlanView;
import org.vmmig.dsl.ui.plan.PlanComputation;
import org.vmmig.dsl.ui.results.PlanRow;
import org.vmmig.dsl.ui.report.GenerateReportHandler;
import org.vmmig.dsl.ui.report.ReportJob;
import org.vmmig.dsl.ui.wizards.NewVmmigProjectWizard;
import org.vmmig.engine.run.RunOptions;

/** Generate Report: from the editor and from a file selected in the Project Explorer, run as a job. */
@ExtendWith(ScreenshotOnFailure.class)
class GenerateReportTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String PROJECT = "report-lab";

	private IWorkbenchPage page;
	private IProject project;

	@BeforeEach
	void createTheExampleProject() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlanViews.clear(page);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	/** Waits for the job, and for the Migration Plan view to show what it planned (the views follow a report). */
	private ReportJob run(Object job, IFile model) {
		ReportJob report = (ReportJob) job;
		WorkbenchDriver.waitUntil("the report job ends", TIMEOUT, () -> report.getResult() != null);
		WorkbenchDriver.waitUntil("the Migration Plan view shows " + model.getName(), TIMEOUT,
				() -> page.findView(MigrationPlanView.ID) instanceof MigrationPlanView view
						&& view.result().modelName().equals(model.getName()));
		return report;
	}

	@Test
	void theEditorsModelGetsOneHtmlPagePerScenarioInTheReportsFolder() throws Exception {
		IFile model = project.getFile("lab.vmig");
		IDE.openEditor(page, model);
		ReportJob job = run(PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(GenerateReportHandler.COMMAND_ID, null), model);

		assertNotEquals(IStatus.ERROR, job.getResult().getSeverity(), job.getResult().getMessage());
		IFile report = project.getFile("reports/lab-maintenanceH1.html");
		assertEquals(List.of(report), job.written());
		assertTrue(report.exists(), "the workspace knows the new file (the folder was refreshed)");
		String html = Files.readString(report.getLocation().toFile().toPath());
		assertTrue(html.contains("<html") && html.contains("maintenanceH1"), "an HTML page of the scenario");
		// every migration of the plan, as Simulate computes it for the same text, is in the report
		String text = new String(model.getContents().readAllBytes(), StandardCharsets.UTF_8);
		List<PlanRow> rows = new PlanComputation(VmigUiPlugin.getDefault().injector()).compute("lab.vmig",
				DocumentParser.uri(model), text, RunOptions.DEFAULTS, new NullProgressMonitor()).rows();
		assertFalse(rows.isEmpty());
		for (PlanRow row : rows) {
			assertTrue(html.contains(">" + row.migration().vmName() + "<"), row.migration().vmName() + " in the report");
		}
		assertFalse(project.getFolder("reports").members().length > 1, "no temporary file is left");
	}

	@Test
	void aFileSelectedInTheExplorerGetsReportsForPlansAndTimeSimulations() throws Exception {
		String text = TestModels.threeUnderusedHosts();
		IFile model = project.getFile("pack.vmig");
		model.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);

		ReportJob job = run(Commands.onSelectedFile(GenerateReportHandler.COMMAND_ID, model), model);

		assertEquals(List.of(project.getFile("reports/pack-pack.html"), project.getFile("reports/pack-day.html")),
				job.written());
		String day = Files.readString(project.getFile("reports/pack-day.html").getLocation().toFile().toPath());
		assertTrue(day.contains("Energy and active hosts over time"), "the time simulation's series are in its report");
	}

	@Test
	void aModelWithErrorsGetsNoReportAndTheJobSaysWhy() throws Exception {
		IFile model = project.getFile("broken.vmig");
		model.create(new ByteArrayInputStream("host h1 { memory 8 Gbps }\nscenario s { evacuate h1 using nowhere }\n"
				.getBytes(StandardCharsets.UTF_8)), true, null);

		ReportJob job = run(Commands.onSelectedFile(GenerateReportHandler.COMMAND_ID, model), model);

		assertEquals(IStatus.WARNING, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains("error(s)"), job.getResult().getMessage());
		assertEquals(List.of(), job.written());
		assertFalse(project.getFolder("reports").exists(), "nothing written");
	}

	@Test
	void theExplorersContextMenuOffersSimulateGenerateReportAndRunSweepOnAModelFileOnly() throws Exception {
		IFile model = project.getFile("lab.vmig");
		IFile other = project.getFile("notes.txt");
		other.create(new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8)), true, null);
		List<String> onModel = new java.util.ArrayList<>();
		List<String> onOther = new java.util.ArrayList<>();
		List<String> onProject = new java.util.ArrayList<>();
		for (org.eclipse.core.runtime.IConfigurationElement contribution : org.eclipse.core.runtime.Platform
				.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) {
			if (!"popup:org.eclipse.ui.popup.any?after=additions".equals(contribution.getAttribute("locationURI"))
					|| !VmigUiPlugin.PLUGIN_ID.equals(contribution.getContributor().getName())) {
				continue;
			}
			for (org.eclipse.core.runtime.IConfigurationElement command : contribution.getChildren("command")) {
				org.eclipse.core.expressions.Expression visibleWhen = org.eclipse.core.expressions.ExpressionConverter
						.getDefault().perform(command.getChildren("visibleWhen")[0].getChildren()[0]);
				String id = command.getAttribute("commandId");
				if (visibleWhen.evaluate(selecting(model)) == org.eclipse.core.expressions.EvaluationResult.TRUE) onModel.add(id);
				if (visibleWhen.evaluate(selecting(other)) == org.eclipse.core.expressions.EvaluationResult.TRUE) onOther.add(id);
				if (visibleWhen.evaluate(selecting(project)) == org.eclipse.core.expressions.EvaluationResult.TRUE) onProject.add(id);
			}
		}
		assertEquals(List.of("org.vmmig.dsl.ui.simulate", GenerateReportHandler.COMMAND_ID, "org.vmmig.dsl.ui.runSweep"),
				onModel);
		assertEquals(List.of(), onOther);
		// a project or folder is where an estate is imported to, not something to simulate
		assertEquals(List.of("org.vmmig.dsl.ui.importEstate"), onProject);
	}

	private static org.eclipse.core.expressions.IEvaluationContext selecting(org.eclipse.core.resources.IResource resource) {
		org.eclipse.core.expressions.EvaluationContext context = new org.eclipse.core.expressions.EvaluationContext(null,
				resource);
		context.addVariable("selection", new org.eclipse.jface.viewers.StructuredSelection(resource));
		return context;
	}
}
