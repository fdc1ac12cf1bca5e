package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.document.ProblemMarkers;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.dsl.ui.estate.ImportEstateHandler;
import org.vmmig.dsl.ui.estate.ImportEstateWizard;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Vm;

/**
 * Import Estate...: the command on a selected project opens the wizard; it writes the model vmmig import writes
 * (the same bytes), opens it in the editor, and the editor's validation finds only what the export could not tell.
 * A truncated export keeps the wizard open with the file and what was expected, and writes nothing.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportEstateTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String PROJECT = "estate-import";
	/** The libvirt estate captured from libvirt's test driver, and the model vmmig import writes of it. */
	private static final Path IMPORTS = Path.of(System.getProperty("vmmig.imports",
			"../org.vmmig.cli/src/test/resources/import"));
	private static final Path ESTATE = IMPORTS.resolve("libvirt-estate");

	private IWorkbenchPage page;
	private IProject project;
	private WizardDialog dialog;

	@BeforeEach
	void createAnEmptyProject() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void theWizardIsAnImportWizardOfTheWorkbench() {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(ImportEstateWizard.ID);
		assertNotNull(descriptor, "File > Import... lists it");
		assertEquals("vmmig", descriptor.getCategory().getLabel());
	}

	@Test
	void aCapturedLibvirtEstateBecomesAModelThatOpensAndValidates() throws Exception {
		openTheWizardOnTheProject();
		assertEquals("/" + PROJECT, field("folder").getText(), "the selected project is where the model goes");
		WorkbenchDriver.type(field("export"), ESTATE.toAbsolutePath().toString());
		WorkbenchDriver.type(field("nic"), "10Gbps");
		WorkbenchDriver.type(field("network"), "10Gbps");
		finish();
		WorkbenchDriver.waitUntil("the wizard closes", TIMEOUT, () -> dialog.getShell() == null);

		IFile model = project.getFile("estate.vmig");
		assertTrue(model.exists(), "the model is in the workspace");
		IEditorPart editor = page.getActiveEditor();
		assertInstanceOf(VmigEditor.class, editor, "the imported model opens in the editor");
		assertEquals(model, ((IFileEditorInput) editor.getEditorInput()).getFile());
		WorkbenchDriver.waitUntil("the editor has validated the model", TIMEOUT, () -> validated(model));
		assertEquals(List.of(), markers(model, IMarker.SEVERITY_ERROR), "the NIC and network given, nothing is missing");

		Model parsed = (Model) new DocumentParser(VmigUiPlugin.getDefault().injector())
				.parse(DocumentParser.uri(model), read(model)).getContents().get(0);
		Map<String, String> vmsOnHosts = new TreeMap<>();
		parsed.getElements().stream().filter(Vm.class::isInstance).map(Vm.class::cast)
				.forEach(vm -> vmsOnHosts.put(vm.getName(), vm.getHost().getName()));
		assertEquals(List.of("hv1", "hv2", "hv3"), parsed.getElements().stream().filter(Host.class::isInstance)
				.map(h -> ((Host) h).getName()).toList());
		assertEquals(Map.of("cache", "hv2", "db1", "hv1", "mail", "hv1", "web1", "hv1"), vmsOnHosts,
				"every running domain, on the host whose directory holds it");
	}

	@Test
	void withoutTheRatesTheModelIsTheOneTheCommandLineWritesAndItsPlaceholdersAreReported() throws Exception {
		openTheWizardOnTheProject();
		WorkbenchDriver.type(field("export"), ESTATE.toAbsolutePath().toString());
		finish();
		WorkbenchDriver.waitUntil("the wizard closes", TIMEOUT, () -> dialog.getShell() == null);

		IFile model = project.getFile("estate.vmig");
		assertEquals(Files.readString(IMPORTS.resolve("libvirt-estate.expected.vmig")), read(model),
				"the same model as vmmig import's");
		WorkbenchDriver.waitUntil("the editor has validated the model", TIMEOUT, () -> validated(model));
		assertEquals(List.of(
				"12: host hv1 needs 'nic'. [missingProperty]",
				"13: host hv2 needs 'nic'. [missingProperty]",
				"14: host hv3 needs 'nic'. [missingProperty]",
				"15: network placeholder_network needs 'bandwidth'. [missingProperty]"),
				markers(model, IMarker.SEVERITY_ERROR));
		assertEquals(List.of("db1", "mail", "web1", "cache").stream().map(vm -> "The dirty rate of vm " + vm
				+ " is unknown (a placeholder): it is predicted as an idle guest, so its migration may take longer and pause"
				+ " longer than predicted; measure it (vmmig workload, virsh domdirtyrate-calc). [placeholder]").toList(),
				markers(model, IMarker.SEVERITY_WARNING).stream().map(m -> m.substring(m.indexOf(": ") + 2)).toList(),
				"the capture has no dirty rates: each VM's is a placeholder, reported on its line");
	}

	@Test
	void aTruncatedExportIsRefusedWithItsFileAndNothingIsWritten(@TempDir Path temp) throws Exception {
		Path estate = copy(ESTATE, temp.resolve("libvirt-estate"));
		Path db1 = estate.resolve("hv1/domains/db1.xml");
		String xml = Files.readString(db1);
		Files.writeString(db1, xml.substring(0, xml.length() / 2)); // a capture cut short
		openTheWizardOnTheProject();
		WorkbenchDriver.type(field("export"), estate.toString());
		finish();

		assertNotNull(dialog.getShell(), "the wizard stays open to correct the export");
		String message = dialog.getCurrentPage().getErrorMessage();
		assertNotNull(message, "the page says what is wrong");
		assertTrue(message.startsWith(db1 + ":"), message);
		assertTrue(message.contains("expected a libvirt domain description (virsh dumpxml), but the XML is not well-formed (truncated?)"),
				message);
		assertFalse(project.getFile("estate.vmig").exists(), "no model");
		try (Stream<Path> files = Files.list(project.getLocation().toFile().toPath())) {
			assertEquals(List.of(), files.map(f -> f.getFileName().toString())
					.filter(f -> !f.equals(".project") && !f.equals(".settings")).toList(), "nor any temporary file");
		}
	}

	private void openTheWizardOnTheProject() throws Exception {
		dialog = (WizardDialog) Commands.onSelected(ImportEstateHandler.COMMAND_ID, project);
		WorkbenchDriver.processEvents();
		assertNull(dialog.getCurrentPage().getErrorMessage(), "no error before anything is typed");
		assertFalse(WorkbenchDriver.button(dialog.getShell(), "Finish").isEnabled(), "no export given yet");
	}

	private void finish() {
		var finish = WorkbenchDriver.button(dialog.getShell(), "Finish");
		assertTrue(finish.isEnabled(), "Finish is enabled: " + dialog.getCurrentPage().getErrorMessage());
		WorkbenchDriver.click(finish);
	}

	private Text field(String name) {
		return WorkbenchDriver.controls(dialog.getShell(), Text.class).stream()
				.filter(t -> name.equals(t.getData("org.vmmig.field"))).findFirst()
				.orElseThrow(() -> new AssertionError("no field " + name + " among " + WorkbenchDriver
						.controls(dialog.getShell(), Text.class).stream().map((Control c) -> c.getData("org.vmmig.field")).toList()));
	}

	private static boolean validated(IFile file) {
		try {
			return file.getSessionProperty(ProblemMarkers.VALIDATED) != null;
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	/** The file's markers of one severity as "line: message [code]", by line. */
	static List<String> markers(IFile file, int severity) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity)
				.sorted(Comparator.comparingInt((IMarker m) -> m.getAttribute(IMarker.LINE_NUMBER, 0))
						.thenComparing(m -> m.getAttribute(IMarker.MESSAGE, "")))
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, "") + " ["
						+ m.getAttribute(ProblemMarkers.CODE, "").replace("org.vmmig.dsl.", "") + "]")
				.collect(Collectors.toList());
	}

	private static String read(IFile file) throws IOException, CoreException {
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}
}
