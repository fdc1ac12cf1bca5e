package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.document.ProblemMarkers;
import org.vmmig.dsl.ui.contentassist.VmigContentAssistProcessor;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.dsl.ui.outline.VmigOutlinePage;
import org.vmmig.dsl.ui.hover.VmigTextHover;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.quickfix.MarkerQuickAssistProcessor;
import org.vmmig.dsl.validation.VmigIssueCodes;

/** The .vmig editor in a running workbench: it opens, colours keywords and reports errors while typing. */
@ExtendWith(ScreenshotOnFailure.class)
class EditorValidationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String VALID_MODEL = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 GiB nic 10 Gbps }
			network lan { bandwidth 10 Gbps connects h1, h2 }
			vm web { memory 4 GiB dirty-rate 20 MiB/s on h1 }
			policy p { technique pre-copy downtime-limit 300 ms }
			scenario drain { evacuate h1 using p }
			""";

	private IProject project;
	private IFile file;
	private IWorkbenchPage page;

	@BeforeEach
	void createProjectWithModel() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("lab");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("lab.vmig");
		file.create(new ByteArrayInputStream(VALID_MODEL.getBytes(StandardCharsets.UTF_8)), true, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void typingAWrongUnitPutsAnErrorMarkerOnTheLineAndFixingItRemovesIt() throws Exception {
		IEditorPart editor = IDE.openEditor(page, file);
		assertInstanceOf(VmigEditor.class, editor, "a .vmig file opens in the vmmig editor");
		WorkbenchDriver.waitUntil("the first validation has run", TIMEOUT, () -> validated(file));
		assertEquals(List.of(), errorMessages(), "the valid model has no errors");

		IDocument document = document(editor);
		String text = document.get();
		int memory = text.indexOf("64 GiB");
		document.replace(memory, "64 GiB".length(), "64 Gbps"); // a rate where a size belongs
		WorkbenchDriver.waitUntil("an error marker appears", TIMEOUT, () -> !errorMessages().isEmpty());

		IMarker marker = errorMarkers().get(0);
		String message = "'memory' expects a data size, but 'Gbps' is a data rate.";
		assertEquals(message, marker.getAttribute(IMarker.MESSAGE));
		assertEquals(1, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker is on the line of the error");

		IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Tree tree = assertInstanceOf(Tree.class, WorkbenchDriver.focusControlOf(problems));
		WorkbenchDriver.waitUntil("the Problems view lists the error", TIMEOUT,
				() -> WorkbenchDriver.treeTexts(tree).stream().anyMatch(row -> row.contains(message)));
		System.out.println("Problems view: " + WorkbenchDriver.treeTexts(tree));
		WorkbenchDriver.settle(Duration.ofMillis(700));
		WorkbenchDriver.screenshot(WorkbenchDriver.screenshotDirectory(), "editor-with-error-marker");

		document.replace(memory, "64 Gbps".length(), "64 GiB");
		WorkbenchDriver.waitUntil("the error marker is gone", TIMEOUT, () -> errorMessages().isEmpty());
	}

	@Test
	void keywordsAreShownInBold() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		StyledText styledText = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		WorkbenchDriver.waitUntil("the text is coloured", TIMEOUT, () -> styledText.getStyleRanges().length > 0);
		StyleRange atHost = styledText.getStyleRangeAtOffset(0);
		assertTrue(atHost != null && (atHost.fontStyle & SWT.BOLD) != 0, "'host' is a keyword, shown in bold");
		int name = styledText.getText().indexOf("h1");
		StyleRange atName = styledText.getStyleRangeAtOffset(name);
		assertTrue(atName == null || (atName.fontStyle & SWT.BOLD) == 0, "a host name is not a keyword");
	}

	@Test
	void contentAssistProposesTheUnitsThatFitAfterANumber() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		IDocument document = document(editor);
		int afterNumber = document.get().indexOf("64 GiB") + "64 ".length();
		document.replace(afterNumber, "GiB".length(), "");
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		ICompletionProposal[] proposals = new VmigContentAssistProcessor(editor, VmigUiPlugin.getDefault().injector())
				.computeCompletionProposals(viewer, afterNumber);
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).sorted().toList();
		assertTrue(labels.contains("GiB — data size") && labels.stream().allMatch(l -> l.endsWith("data size")),
				labels.toString());
		assertTrue(editor.getAction(VmigEditor.CONTENT_ASSIST_ACTION) != null, "Ctrl+Space is bound");

		proposals[labels.indexOf("GiB — data size")].apply(document);
		assertEquals("host h1 { memory 64 GiB nic 10 Gbps }", document.get().lines().findFirst().orElseThrow());
	}

	@Test
	void hoveringAVmShowsItsPredictedMigrationCost() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		int onWeb = document(editor).get().indexOf("vm web") + "vm w".length();
		String hover = new VmigTextHover(editor, VmigUiPlugin.getDefault().injector()).getHoverInfo(viewer,
				new org.eclipse.jface.text.Region(onWeb, 0));
		assertTrue(hover != null && hover.startsWith("vm web\nscenario drain: pre-copy h1 → h2, "), String.valueOf(hover));
	}

	@Test
	void theOutlineListsTheDeclarationsAndSelectingOneRevealsIt() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		ContentOutline view = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		page.activate(editor);
		WorkbenchDriver.waitUntil("the Outline view shows the editor's outline", TIMEOUT,
				() -> view.getCurrentPage() instanceof VmigOutlinePage);
		VmigOutlinePage outline = (VmigOutlinePage) view.getCurrentPage();
		Tree tree = (Tree) outline.getControl();
		WorkbenchDriver.waitUntil("the outline is filled", TIMEOUT, () -> tree.getItemCount() > 0);
		assertEquals(List.of("host h1", "host h2", "network lan", "vm web", "policy p", "scenario drain"),
				WorkbenchDriver.treeTexts(tree));
		for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
			assertTrue(item.getImage() != null, "the outline shows an icon for " + item.getText());
		}

		outline.setSelection(new StructuredSelection(new VmigOutlinePage.Entry("vm web",
				VALID_MODEL.indexOf("web"), "web".length())));
		ITextSelection selected = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("web", selected.getText());

		IDocument document = document(editor);
		document.replace(0, 0, "// a comment above a declaration is not its keyword\nzone dmz { trust 1 }\n");
		WorkbenchDriver.waitUntil("the outline follows the edit", TIMEOUT,
				() -> !tree.isDisposed() && tree.getItemCount() > 0 && tree.getItem(0).getText().equals("zone dmz"));
	}

	@Test
	void aQuickFixCorrectsTheCaseOfAMistypedUnit() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		IDocument document = document(editor);
		int unit = document.get().indexOf("GiB");
		document.replace(unit, "GiB".length(), "GIB");
		WorkbenchDriver.waitUntil("the unknown unit is marked", TIMEOUT, () -> !errorMarkers().isEmpty());
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(errorMarkers().get(0));
		assertEquals(List.of("Change the unit to GiB"), Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
		fixes[0].run(errorMarkers().get(0));
		assertEquals("host h1 { memory 64 GiB nic 10 Gbps }", document.get().lines().findFirst().orElseThrow());
		WorkbenchDriver.waitUntil("the error is gone", TIMEOUT, () -> errorMessages().isEmpty());
	}

	@Test
	void ctrl1InTheEditorOffersTheQuickFixesOfTheMarkerAtTheCaret() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		IDocument document = document(editor);
		int unit = document.get().indexOf("GiB");
		document.replace(unit, "GiB".length(), "GIB");
		WorkbenchDriver.waitUntil("the unknown unit is marked", TIMEOUT, () -> !errorMarkers().isEmpty());
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		assertTrue(((ISourceViewerExtension3) viewer).getQuickAssistAssistant() != null, "the editor has quick fixes");
		assertTrue(editor.getAction(ITextEditorActionConstants.QUICK_ASSIST) != null, "Ctrl+1 is bound");
		ICompletionProposal[] proposals = new MarkerQuickAssistProcessor(editor)
				.computeQuickAssistProposals(new TextInvocationContext(viewer, unit + 1, 0));
		assertEquals(List.of("Change the unit to GiB"),
				Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		assertEquals(0, new MarkerQuickAssistProcessor(editor)
				.computeQuickAssistProposals(new TextInvocationContext(viewer, 0, 0)).length, "nothing to fix at 'host'");
		proposals[0].apply(document);
		assertEquals("host h1 { memory 64 GiB nic 10 Gbps }", document.get().lines().findFirst().orElseThrow());
		WorkbenchDriver.waitUntil("the error is gone", TIMEOUT, () -> errorMessages().isEmpty());
	}

	@Test
	void aQuickFixSwitchesANonConvergingPolicyToHybrid() throws Exception {
		assertTheHybridFixTurns("policy p { technique pre-copy downtime-limit 300 ms }",
				"policy p { technique hybrid downtime-limit 300 ms }");
	}

	@Test
	void theHybridQuickFixAddsATechniqueWhenThePolicyNamesNone() throws Exception {
		assertTheHybridFixTurns("policy p {\n\tdowntime-limit 300 ms\n}",
				"policy p {\n\ttechnique hybrid\n\tdowntime-limit 300 ms\n}");
	}

	@Test
	void theHybridQuickFixChangesAPolicyInAnImportedFileAndTheWarningFollows() throws Exception {
		IFile policies = project.getFile("policies.vmig");
		String policy = "policy p { technique pre-copy downtime-limit 300 ms }\n";
		policies.create(new ByteArrayInputStream(policy.getBytes(StandardCharsets.UTF_8)), true, null);
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		IDocument document = document(editor);
		String model = "import \"policies.vmig\"\n"
				+ VALID_MODEL.replace("dirty-rate 20 MiB/s", "dirty-rate 2 GiB/s").replace(policy, "");
		document.set(model);
		WorkbenchDriver.waitUntil("the non-converging pre-copy is flagged", TIMEOUT, () -> !notConverging().isEmpty());
		IMarker marker = notConverging().get(0);
		Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
				.filter(f -> f.getLabel().equals("Switch the policy to hybrid")).findFirst().orElseThrow().run(marker);
		String changed = new String(policies.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(policy.replace("pre-copy", "hybrid"), changed, "the imported file is changed and saved");
		assertEquals(model, document.get(), "the importing file stays as it was");
		WorkbenchDriver.waitUntil("the importing file's warning is gone", TIMEOUT, () -> notConverging().isEmpty());
	}

	/** A VM dirtying 2 GiB/s over a 10 Gbit/s link: its pre-copy cannot converge under {@code policy}. */
	private void assertTheHybridFixTurns(String policy, String fixed) throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		IDocument document = document(editor);
		document.set(VALID_MODEL.replace("dirty-rate 20 MiB/s", "dirty-rate 2 GiB/s")
				.replace("policy p { technique pre-copy downtime-limit 300 ms }", policy));
		WorkbenchDriver.waitUntil("the non-converging pre-copy is flagged", TIMEOUT, () -> !notConverging().isEmpty());
		IMarker marker = notConverging().get(0);
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		IMarkerResolution hybrid = Arrays.stream(fixes).filter(f -> f.getLabel().equals("Switch the policy to hybrid"))
				.findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(fixes)));
		hybrid.run(marker);
		assertTrue(document.get().contains(fixed), document.get());
		WorkbenchDriver.waitUntil("the warning is gone", TIMEOUT, () -> notConverging().isEmpty() && validated(file));
	}

	private List<IMarker> notConverging() {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> VmigIssueCodes.NOT_CONVERGING.equals(m.getAttribute(ProblemMarkers.CODE, ""))).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static IDocument document(IEditorPart editor) {
		ITextEditor textEditor = (ITextEditor) editor;
		return textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
	}

	/**
	 * Not a benchmark (see EditorReconcileBenchmark), a guard against pathological slowness in the workbench,
	 * with the figures printed: validation as you type of a 2,000-line model, and re-colouring all of it.
	 */
	@Test
	void aModelOf2000LinesIsValidatedAndColouredQuickly() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, file);
		WorkbenchDriver.waitUntil("the first validation has run", TIMEOUT, () -> validated(file));
		IDocument document = document(editor);
		String model = largeModel(2000);
		double[] validation = new double[5];
		for (int round = 0; round < validation.length; round++) {
			file.setSessionProperty(ProblemMarkers.VALIDATED, null);
			long start = System.nanoTime();
			document.set(model + "// round " + round + "\n");
			WorkbenchDriver.waitUntil("the large model is validated", TIMEOUT, () -> validated(file));
			validation[round] = (System.nanoTime() - start) / 1e6;
		}
		assertEquals(List.of(), errorMessages(), "the generated model is valid");
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		double[] colouring = new double[5];
		for (int round = 0; round < colouring.length; round++) {
			long start = System.nanoTime();
			viewer.invalidateTextPresentation(); // what follows each reconcile: the whole text is coloured again
			colouring[round] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(validation);
		Arrays.sort(colouring);
		System.out.printf(java.util.Locale.ROOT,
				"2,000-line model in the workbench: edit -> markers %.0f ms median (incl. the 300 ms pause), "
						+ "re-colouring on the UI thread %.1f ms median%n", validation[2], colouring[2]);
		assertTrue(validation[2] < 3000 && colouring[2] < 1000, Arrays.toString(validation) + Arrays.toString(colouring));
	}

	/** A valid model of {@code lines} lines written one property per line (racks of hosts, VMs, a scenario). */
	static String largeModel(int lines) {
		StringBuilder text = new StringBuilder();
		int count = 0;
		for (int rack = 0; count < lines - 250; rack++) {
			StringBuilder hosts = new StringBuilder();
			for (int h = 0; h < 8; h++) {
				text.append("host r").append(rack).append('h').append(h)
						.append(" {\n\tmemory 256 GiB\n\tnic 25 Gbps\n\tcores 32\n}\n");
				hosts.append(h == 0 ? "" : ", ").append('r').append(rack).append('h').append(h);
			}
			text.append("network rack").append(rack).append(" {\n\tbandwidth 25 Gbps\n\tconnects ").append(hosts)
					.append("\n}\n");
			for (int v = 0; v < 32; v++) {
				text.append("vm r").append(rack).append('v').append(v).append(" {\n\tmemory ").append(4 + v % 13)
						.append(" GiB\n\tdirty-rate ").append(10 + v).append(" MiB/s\n\ton r").append(rack).append('h')
						.append(v % 8).append("\n}\n");
			}
			count = (int) text.chars().filter(c -> c == '\n').count();
		}
		text.append("policy standard {\n\ttechnique pre-copy\n\tdowntime-limit 300 ms\n}\n");
		text.append("scenario drain {\n\tevacuate r0h0 using standard\n}\n");
		while (text.chars().filter(c -> c == '\n').count() < lines - 1) {
			text.append("// padding\n");
		}
		return text.toString();
	}

	private static boolean validated(IFile file) {
		try {
			return file.getSessionProperty(ProblemMarkers.VALIDATED) != null;
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private List<IMarker> errorMarkers() {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private List<String> errorMessages() {
		return errorMarkers().stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}
}
