package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.document.ProblemMarkers;
import org.vmmig.dsl.ui.syntaxcoloring.SemanticHighlighting;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.dsl.ui.hyperlinking.VmigHyperlinkDetector;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;

/** Folding, brackets, comments, semantic colours and go to definition across files, in a running workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class EditorNavigationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String HOSTS = """
			// the lab's hypervisors
			host h1 {
				memory 64 GiB
				nic 10 Gbps
			}
			host h2 { memory 64 GiB nic 10 Gbps }
			""";

	private static final String MAIN = """
			import "hosts.vmig"
			network lan { bandwidth 10 Gbps connects h1, h2 }
			vm web { memory 4 GiB dirty-rate 20 MiB/s on h2 }
			""";

	private IProject project;
	private IFile hosts;
	private IFile main;
	private IWorkbenchPage page;

	@BeforeEach
	void createProjectWithTwoFiles() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("navigation");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		hosts = create("hosts.vmig", HOSTS);
		main = create("main.vmig", MAIN);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private IFile create(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void aMultiLineHostBlockCanBeFolded() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, hosts);
		ProjectionAnnotationModel folding = editor.getAdapter(ProjectionAnnotationModel.class);
		assertNotNull(folding, "folding is enabled");
		int start = HOSTS.indexOf("host h1");
		int end = HOSTS.indexOf("}\n") + 2;
		WorkbenchDriver.waitUntil("the host block has a folding annotation", TIMEOUT,
				() -> foldedRegions(folding).contains(new Position(start, end - start)));
		assertEquals(List.of(new Position(start, end - start)), foldedRegions(folding),
				"one-line blocks and the comment do not fold");

		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		folding.collapseAll(0, HOSTS.length());
		WorkbenchDriver.processEvents();
		assertTrue(viewer.getTextWidget().getLineCount() < HOSTS.lines().count(), "collapsing hides the block's lines");
		folding.expandAll(0, HOSTS.length());

		String comment = "/* a { brace\n   in a comment } */\n";
		editor.getDocumentProvider().getDocument(editor.getEditorInput()).set(comment + HOSTS);
		Position shifted = new Position(comment.length() + start, end - start);
		WorkbenchDriver.waitUntil("the folds follow the edit, braces in comments ignored", TIMEOUT,
				() -> foldedRegions(folding).equals(List.of(shifted)));
	}

	private static List<Position> foldedRegions(ProjectionAnnotationModel model) {
		List<Position> regions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Position position = model.getPosition(it.next());
			regions.add(new Position(position.getOffset(), position.getLength()));
		}
		return regions;
	}

	@Test
	void theMatchingBracketIsFound() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, hosts);
		IDocument document = document(editor);
		int open = HOSTS.indexOf('{');
		int close = HOSTS.indexOf('}');
		IRegion match = VmigEditor.bracketMatcher().match(document, open + 1);
		assertNotNull(match);
		assertEquals(open, match.getOffset());
		assertEquals(close, match.getOffset() + match.getLength() - 1);
	}

	@Test
	void ctrlSlashTogglesALineComment() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, main);
		IDocument document = document(editor);
		int line = 1; // network lan ...
		editor.selectAndReveal(document.getLineOffset(line) + 3, 0);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);

		handlers.executeCommand(VmigEditor.TOGGLE_COMMENT_COMMAND, null);
		assertEquals("// network lan { bandwidth 10 Gbps connects h1, h2 }", line(document, line));
		handlers.executeCommand(VmigEditor.TOGGLE_COMMENT_COMMAND, null);
		assertEquals("network lan { bandwidth 10 Gbps connects h1, h2 }", line(document, line));

		editor.selectAndReveal(document.getLineOffset(1), document.getLineOffset(3) - document.getLineOffset(1));
		handlers.executeCommand(VmigEditor.TOGGLE_COMMENT_COMMAND, null);
		assertEquals(List.of("// network lan { bandwidth 10 Gbps connects h1, h2 }",
				"// vm web { memory 4 GiB dirty-rate 20 MiB/s on h2 }"), List.of(line(document, 1), line(document, 2)),
				"a selection up to the start of a line comments the lines it covers");
		assertEquals("import \"hosts.vmig\"", line(document, 0));
		handlers.executeCommand(VmigEditor.TOGGLE_COMMENT_COMMAND, null);
		assertEquals(MAIN, document.get(), "and toggling again restores them");

		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<String> keys = Arrays.stream(bindings.getBindings())
				.filter(b -> b.getParameterizedCommand() != null
						&& VmigEditor.TOGGLE_COMMENT_COMMAND.equals(b.getParameterizedCommand().getId()))
				.map(Binding::getTriggerSequence).map(Object::toString).toList();
		assertTrue(keys.contains("M1+/") || keys.stream().anyMatch(k -> k.endsWith("+/")), keys.toString());
	}

	@Test
	void formatGivesTheLanguagesLayoutInOneUndoableStep() throws Exception {
		// the formatter's canonical layout, as the language's FormatterTest states it
		String messy = "host   h1{memory 64   GiB nic 10Gbps}\n\n\n\nnetwork lan {bandwidth 1.5 GB/s connects h1 ,h2}\n";
		String formatted = "host h1 { memory 64 GiB nic 10 Gbps }\n\nnetwork lan { bandwidth 1.5 GB/s connects h1, h2 }\n";
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, create("messy.vmig", messy));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);

		handlers.executeCommand(VmigEditor.FORMAT_COMMAND, null);
		assertEquals(formatted, document.get());
		editor.getAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.UNDO).run();
		assertEquals(messy, document.get(), "one undo restores the text");

		String broken = "host h1 {memory 64   GiB\n";
		document.set(broken);
		handlers.executeCommand(VmigEditor.FORMAT_COMMAND, null);
		assertEquals(broken, document.get(), "a model with syntax errors is left as it is");

		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<String> keys = Arrays.stream(bindings.getBindings())
				.filter(b -> b.getParameterizedCommand() != null
						&& VmigEditor.FORMAT_COMMAND.equals(b.getParameterizedCommand().getId()))
				.map(Binding::getTriggerSequence).map(Object::toString).toList();
		assertTrue(keys.stream().anyMatch(k -> k.equals("CTRL+SHIFT+F") || k.equals("M1+M2+F")), keys.toString());
	}

	@Test
	void referencesDeclarationsAndUnitsHaveColoursOfTheirOwn() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, main);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		int reference = MAIN.indexOf("on h2") + "on ".length();
		int declaration = MAIN.indexOf("web");
		int unit = MAIN.indexOf("GiB");
		WorkbenchDriver.waitUntil("the reference is coloured", TIMEOUT,
				() -> SemanticHighlighting.REFERENCE.getRGB().equals(foreground(text, reference)));
		assertEquals(SemanticHighlighting.DECLARATION.getRGB(), foreground(text, declaration));
		assertEquals(SemanticHighlighting.UNIT.getRGB(), foreground(text, unit));
		assertEquals(SemanticHighlighting.REFERENCE.getRGB(), foreground(text, MAIN.indexOf("h1, h2")));
	}

	@Test
	void semanticColoursStayOnTheirTextWhileTyping() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, main);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		int reference = MAIN.indexOf("on h2") + "on ".length();
		WorkbenchDriver.waitUntil("the reference is coloured", TIMEOUT,
				() -> SemanticHighlighting.REFERENCE.getRGB().equals(foreground(text, reference)));
		document(editor).replace(MAIN.indexOf("web"), 0, "x"); // on the reference's line, before it
		assertEquals(SemanticHighlighting.REFERENCE.getRGB(), foreground(text, reference + 1),
				"right after the keystroke, before the next reconcile, the reference keeps its colour");
		assertEquals(SemanticHighlighting.REFERENCE.getRGB(), foreground(text, MAIN.indexOf("h1, h2")),
				"so do the lines above");
		WorkbenchDriver.waitUntil("the renamed declaration is coloured", TIMEOUT,
				() -> SemanticHighlighting.DECLARATION.getRGB().equals(foreground(text, MAIN.indexOf("web")))
						&& SemanticHighlighting.DECLARATION.getRGB().equals(foreground(text, MAIN.indexOf("web") + 3)));
	}

	private static org.eclipse.swt.graphics.RGB foreground(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		Color color = range == null ? null : range.foreground;
		return color == null ? null : color.getRGB();
	}

	@Test
	void aHyperlinkOnAHostReferenceOpensTheImportedFileAtTheDeclaration() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, main);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		int reference = MAIN.indexOf("on h2") + "on h".length();
		IHyperlink[] links = new VmigHyperlinkDetector(editor, VmigUiPlugin.getDefault().injector())
				.detectHyperlinks(viewer, new Region(reference, 0), true);
		assertNotNull(links, "h2 links to its declaration");
		assertEquals(1, links.length);
		assertEquals(new Region(MAIN.indexOf("on h2") + 3, 2), links[0].getHyperlinkRegion());
		links[0].open();
		assertDeclarationSelected("h2", HOSTS.indexOf("h2"));
	}

	@Test
	void f3OpensTheDeclarationOfTheNameAtTheCaret() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, main);
		editor.selectAndReveal(MAIN.indexOf("h1, h2"), 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(VmigEditor.OPEN_DECLARATION_COMMAND,
				null);
		assertDeclarationSelected("h1", HOSTS.indexOf("h1"));
	}

	@Test
	void creatingAMissingImportedFileClearsTheImportError() throws Exception {
		VmigEditor editor = (VmigEditor) IDE.openEditor(page, main);
		IDocument document = document(editor);
		document.replace(0, "import \"hosts.vmig\"".length(), "import \"more.vmig\"");
		WorkbenchDriver.waitUntil("the missing import and its names are errors", TIMEOUT, () -> errors(main) > 0);
		create("more.vmig", HOSTS.replace("// the lab's hypervisors", "// the same hosts, in a new file"));
		WorkbenchDriver.waitUntil("the new file resolves the import", TIMEOUT, () -> errors(main) == 0);
	}

	@Test
	void anErrorInAnImportedFileIsAnErrorOnTheImport() throws Exception {
		IDE.openEditor(page, main);
		WorkbenchDriver.waitUntil("the model starts without errors", TIMEOUT, () -> errors(main) == 0);
		hosts.setContents(new ByteArrayInputStream(HOSTS.replace("nic 10 Gbps }", "nic 10 GiB }")
				.getBytes(StandardCharsets.UTF_8)), true, false, null);
		String expected = "1: The imported file 'hosts.vmig' has 1 error(s); the first at line 6: 'nic' expects a data "
				+ "rate, but 'GiB' is a data size.";
		WorkbenchDriver.waitUntil("the import carries the imported file's error", TIMEOUT,
				() -> errorMessages(main).equals(List.of(expected)));
	}

	/** "line: message" of each error marker of a file. */
	private static List<String> errorMessages(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, org.eclipse.core.resources.IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1)
							== org.eclipse.core.resources.IMarker.SEVERITY_ERROR)
					.map(m -> m.getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, -1) + ": "
							+ m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""))
					.toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static int errors(IFile file) {
		try {
			return (int) Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, org.eclipse.core.resources.IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1)
							== org.eclipse.core.resources.IMarker.SEVERITY_ERROR)
					.count();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private void assertDeclarationSelected(String name, int offset) {
		IEditorPart active = page.getActiveEditor();
		assertInstanceOf(VmigEditor.class, active);
		assertEquals(hosts, ((IFileEditorInput) active.getEditorInput()).getFile(), "the imported file is open");
		ITextSelection selection = (ITextSelection) ((ITextEditor) active).getSelectionProvider().getSelection();
		assertEquals(name, selection.getText());
		assertEquals(offset, selection.getOffset());
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static String line(IDocument document, int line) throws Exception {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
