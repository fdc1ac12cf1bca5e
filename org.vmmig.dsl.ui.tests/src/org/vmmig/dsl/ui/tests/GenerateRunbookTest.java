package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.runbook.GenerateRunbookHandler;
import org.vmmig.dsl.ui.runbook.RunbookJob;
import org.vmmig.dsl.ui.wizards.NewVmmigProjectWizard;

/** Generate Runbook: the editor's model gets, beside it, the very files vmmig generate writes. */
@ExtendWith(ScreenshotOnFailure.class)
class GenerateRunbookTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String PROJECT = "runbook-lab";
	private static final Path GENERATED = Path.of(System.getProperty("vmmig.generated",
			"../org.vmmig.cli/src/test/resources/generated"));

	private IWorkbenchPage page;
	private IProject project;

	@BeforeEach
	void createTheExampleProject() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		NewVmmigProjectWizard.create(project, ResourcesPlugin.getWorkspace().newProjectDescription(PROJECT), null);
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static RunbookJob generate(String target) throws Exception {
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(GenerateRunbookHandler.COMMAND_ID),
				Map.of(GenerateRunbookHandler.TARGET_PARAMETER, target));
		RunbookJob job = (RunbookJob) PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		WorkbenchDriver.waitUntil("the runbook job ends", TIMEOUT, () -> job.getResult() != null);
		return job;
	}

	@Test
	void theEditorsModelGetsTheFilesTheCommandLineWrites() throws Exception {
		IDE.openEditor(page, project.getFile("lab.vmig"));
		for (String target : List.of("libvirt", "nova")) {
			RunbookJob job = generate(target);
			assertEquals(IStatus.WARNING, job.getResult().getSeverity(), job.getResult().getMessage());
			assertTrue(job.getResult().getMessage().contains("'max-rounds 30' has no " + target + " equivalent"),
					job.getResult().getMessage());
			assertFalse(job.written().isEmpty());
			for (IFile file : job.written()) {
				assertTrue(file.exists(), file + " is in the workspace (the folder was refreshed)");
				assertEquals(file.getParent(), project.getFolder(RunbookJob.FOLDER), "beside the model, like reports");
				assertEquals(Files.readString(GENERATED.resolve(target).resolve(file.getName())),
						Files.readString(file.getLocation().toFile().toPath()), file.getName());
			}
		}
		assertTrue(Files.isExecutable(project.getFile("runbooks/lab-maintenanceH1.libvirt.sh").getLocation().toFile().toPath()));
	}

	@Test
	void anInfeasiblePlanGetsNothingAndTheJobSaysWhy() throws Exception {
		IFile model = project.getFile("full.vmig");
		model.create(new ByteArrayInputStream("""
				host h1 { memory 64 GiB  nic 10 Gbps }
				host h2 { memory 8 GiB  nic 10 Gbps }
				network lab { bandwidth 10 Gbps  latency 0.2 ms  connects h1, h2 }
				vm big { memory 32 GiB  dirty-rate 20 MiB/s  on h1 }
				policy p { technique pre-copy }
				scenario drain { evacuate h1 using p }
				""".getBytes(StandardCharsets.UTF_8)), true, null);
		IDE.openEditor(page, model);
		RunbookJob job = generate("kubevirt");
		assertEquals(IStatus.WARNING, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains("the plan cannot place every VM"), job.getResult().getMessage());
		assertEquals(List.of(), job.written());
		assertFalse(project.getFolder(RunbookJob.FOLDER).exists(), "nothing written");
	}
}
