package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.document.ProblemMarkers;
import org.vmmig.dsl.validation.VmigIssueCodes;

/** The quick fixes of unmet security requirements change the scenario's policy, and the warning goes. */
@ExtendWith(ScreenshotOnFailure.class)
class SecurityQuickFixTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** A move over an untrusted WAN: mutual authentication and confidentiality in transit are required. */
	private static final String WAN_MOVE = """
			host h1 { memory 64 GiB nic 1 Gbps }
			host h2 { memory 64 GiB nic 1 Gbps }
			network wan1 { kind wan bandwidth 1 Gbps latency 1 ms connects h1, h2 }
			vm web { memory 2 GiB on h1 }
			policy p { technique pre-copy encryption opportunistic }
			scenario drain { evacuate h1 using p }
			""";

	private IProject project;
	private IFile file;
	private IWorkbenchPage page;

	@BeforeEach
	void createProjectWithModel() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("security");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("wan.vmig");
		file.create(new ByteArrayInputStream(WAN_MOVE.replace(" encryption opportunistic", "")
				.getBytes(StandardCharsets.UTF_8)), true, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void addMutualAuthenticationToThePolicy() throws Exception {
		IDocument document = open(WAN_MOVE.replace(" encryption opportunistic", ""));
		fix(document, VmigIssueCodes.MUTUAL_AUTHENTICATION_NOT_MET, "Add mutual-authentication to the policy");
		assertEquals(WAN_MOVE.replace("policy p { technique pre-copy encryption opportunistic }",
				"policy p { mutual-authentication technique pre-copy }"), document.get());
		WorkbenchDriver.waitUntil("the warning is gone", TIMEOUT,
				() -> markers(VmigIssueCodes.MUTUAL_AUTHENTICATION_NOT_MET).isEmpty());
	}

	@Test
	void requireEncryptionReplacesAnOpportunisticSettingWhenThePathIsUntrusted() throws Exception {
		// opportunistic encryption on hosts that can encrypt is encrypted: the model must first say 'disabled'
		IDocument document = open(WAN_MOVE.replace("encryption opportunistic", "encryption disabled"));
		fix(document, VmigIssueCodes.CONFIDENTIALITY_IN_TRANSIT_NOT_MET, "Require encryption in the policy");
		assertEquals(WAN_MOVE.replace("encryption opportunistic", "encryption required"), document.get());
		WorkbenchDriver.waitUntil("the warning is gone", TIMEOUT,
				() -> markers(VmigIssueCodes.CONFIDENTIALITY_IN_TRANSIT_NOT_MET).isEmpty());
	}

	private IDocument open(String text) throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.set(text);
		return document;
	}

	/**
	 * Applies a quick fix of the warning on the scenario's policy reference. The marker must be that of the text
	 * now in the document: the file's first text, validated when the editor opened, may still leave a warning of
	 * the same code at other offsets for a moment.
	 */
	private void fix(IDocument document, String code, String label) {
		WorkbenchDriver.waitUntil("the warning " + code + " appears on 'using p'", TIMEOUT,
				() -> markers(code).stream().anyMatch(m -> onPolicyReference(document, m)));
		IMarker marker = markers(code).stream().filter(m -> onPolicyReference(document, m)).findFirst()
				.orElseThrow();
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		Arrays.stream(fixes).filter(f -> f.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(Arrays.toString(fixes))).run(marker);
	}

	private static boolean onPolicyReference(IDocument document, IMarker marker) {
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		return start >= 6 && document.get().startsWith("using p", start - 6);
	}

	private List<IMarker> markers(String code) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
