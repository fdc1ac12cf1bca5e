package org.vmmig.dsl.ui.editor;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ui.folding.FoldingRegions;
import org.vmmig.dsl.ui.formatting.FormatAction;
import org.vmmig.dsl.ui.hyperlinking.VmigHyperlinkDetector;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.outline.VmigOutlinePage;
import org.vmmig.dsl.ui.preferences.VmigPreferences;
import org.vmmig.dsl.ui.syntaxcoloring.SemanticHighlighting;

/**
 * The .vmig editor: the Eclipse text editor, configured with the language's highlighting, content assist,
 * hover and validation-as-you-type (see {@link VmigSourceViewerConfiguration}), an outline, folding of
 * multi-line blocks, bracket matching, toggle comment (Ctrl+/) and go to definition (F3, Ctrl+click).
 */
public class VmigEditor extends TextEditor {

	public static final String ID = "org.vmmig.dsl.ui.editor";
	public static final String CONTENT_ASSIST_ACTION = "ContentAssistProposal";
	public static final String TOGGLE_COMMENT_ACTION = "ToggleComment";
	public static final String OPEN_DECLARATION_ACTION = "OpenDeclaration";
	/** Commands and key bindings (plugin.xml). */
	public static final String TOGGLE_COMMENT_COMMAND = "org.vmmig.dsl.ui.toggleComment";
	public static final String FORMAT_ACTION = "Format";
	/** Bound to Ctrl+Shift+F in the editor's context (plugin.xml). */
	public static final String FORMAT_COMMAND = "org.vmmig.dsl.ui.format";
	public static final String OPEN_DECLARATION_COMMAND = "org.vmmig.dsl.ui.openDeclaration";
	/** The key binding context of the editor: Ctrl+/ and F3 are bound in it. */
	public static final String EDITOR_SCOPE = "org.vmmig.dsl.ui.editorScope";
	public static final String CONTEXT_MENU_ID = "#VmigEditorContext";

	/** The pairs whose partner is highlighted next to the caret. */
	public static ICharacterPairMatcher bracketMatcher() {
		return new DefaultCharacterPairMatcher(new char[] { '{', '}', '[', ']', '(', ')' });
	}

	/** Labels of the editor's own actions. */
	private static final class Messages extends ListResourceBundle {
		@Override
		protected Object[][] getContents() {
			return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
					{ "ContentAssistProposal.tooltip", "Content Assist" },
					{ "ContentAssistProposal.description", "Proposes keywords, names and units" },
					{ "ToggleComment.label", "Toggle Comment" },
					{ "ToggleComment.tooltip", "Comment or uncomment the selected lines" },
					{ "ToggleComment.description", "Comment or uncomment the selected lines" },
					{ "Format.label", "Format" },
					{ "Format.tooltip", "Format the selected lines, or the whole model" },
					{ "Format.description", "Format the selected lines, or the whole model" } };
		}
	}

	private VmigOutlinePage outline;
	private ProjectionSupport projectionSupport;
	private SemanticHighlighting highlighting;
	private FoldingRegions folding;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] {
				VmigUiPlugin.getDefault().getPreferenceStore(), EditorsUI.getPreferenceStore() }));
		setSourceViewerConfiguration(
				new VmigSourceViewerConfiguration(this, VmigUiPlugin.getDefault().injector(), getPreferenceStore()));
		setEditorContextMenuId(CONTEXT_MENU_ID);
		folding = new FoldingRegions(VmigUiPlugin.getDefault().injector());
		highlighting = new SemanticHighlighting(this::documentStamp);
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { EDITOR_SCOPE });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE); // folding on
		((ITextViewerExtension4) viewer).addTextPresentationListener(highlighting);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(importedFileChanged, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		IDocument before = document();
		if (before != null) {
			before.removePrenotifiedDocumentListener(highlighting.followEdits);
		}
		super.doSetInput(input);
		IDocument after = document();
		if (after != null) {
			after.addPrenotifiedDocumentListener(highlighting.followEdits); // before the lines are coloured again
		}
	}

	private IDocument document() {
		return getDocumentProvider() == null || getEditorInput() == null ? null
				: getDocumentProvider().getDocument(getEditorInput());
	}

	@Override
	public void dispose() {
		IDocument document = document();
		if (document != null) {
			document.removePrenotifiedDocumentListener(highlighting.followEdits);
		}
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(importedFileChanged);
		if (projectionSupport != null) {
			projectionSupport.dispose();
		}
		super.dispose();
	}

	/**
	 * When another .vmig file of the workspace is added, removed or changed (e.g. a quick fix or a save in an
	 * imported file), the text is validated again: its markers may depend on that file.
	 */
	private final IResourceChangeListener importedFileChanged = event -> {
		if (event.getDelta() == null || !otherModelChanged(event.getDelta())) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (getSourceViewer() != null && getSourceViewerConfiguration() instanceof VmigSourceViewerConfiguration
					configuration && configuration.reconciler() != null) {
				configuration.reconciler().revalidate();
			}
		});
	};

	private boolean otherModelChanged(IResourceDelta root) {
		IFile own = getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		boolean[] changed = { false };
		try {
			root.accept(delta -> {
				if (delta.getResource() instanceof IFile file && "vmig".equals(file.getFileExtension())
						&& !file.equals(own) && (delta.getKind() != IResourceDelta.CHANGED
								|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					changed[0] = true;
				}
				return !changed[0];
			});
		} catch (CoreException e) {
			return false;
		}
		return changed[0];
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(bracketMatcher());
		support.setMatchingCharacterPainterPreferenceKeys(VmigPreferences.MATCHING_BRACKETS,
				VmigPreferences.MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			// the Outline view disposes a page when it no longer shows it; a later request gets a new one
			if (outline == null || outline.getControl() != null && outline.getControl().isDisposed()) {
				outline = new VmigOutlinePage(this, VmigUiPlugin.getDefault().injector());
			}
			return type.cast(outline);
		}
		if (type == ProjectionAnnotationModel.class && getSourceViewer() instanceof ProjectionViewer viewer) {
			return type.cast(viewer.getProjectionAnnotationModel());
		}
		return super.getAdapter(type);
	}

	@Override
	protected void createActions() {
		super.createActions();
		ContentAssistAction assist = new ContentAssistAction(new Messages(), "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS); // Ctrl+Space
		setAction(CONTENT_ASSIST_ACTION, assist);

		ToggleCommentAction toggle = new ToggleCommentAction(new Messages(), "ToggleComment.", this);
		toggle.setActionDefinitionId(TOGGLE_COMMENT_COMMAND); // Ctrl+/
		setAction(TOGGLE_COMMENT_ACTION, toggle);

		FormatAction format = new FormatAction(new Messages(), "Format.", this);
		format.setActionDefinitionId(FORMAT_COMMAND); // Ctrl+Shift+F
		setAction(FORMAT_ACTION, format);

		Action open = new Action("Open Declaration") {
			@Override
			public void run() {
				openDeclaration();
			}
		};
		open.setActionDefinitionId(OPEN_DECLARATION_COMMAND); // F3
		setAction(OPEN_DECLARATION_ACTION, open);
	}

	/** Opens the declaration of the name at the caret, if it is a reference. */
	public void openDeclaration() {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null) {
			return;
		}
		int offset = ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
		IHyperlink[] links = new VmigHyperlinkDetector(this, VmigUiPlugin.getDefault().injector())
				.detectHyperlinks(viewer, new Region(offset, 0), false);
		if (links != null && links.length > 0) {
			links[0].open();
		}
	}

	private long documentStamp() {
		IDocument document = document();
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	/**
	 * Called by the reconciler (in its thread) with each new parse of the text: computes the folding regions
	 * and the semantic highlighting, then applies them in the UI thread.
	 */
	void reconciled(String text, long stamp, XtextResource resource) {
		if (highlighting == null || folding == null) {
			return;
		}
		List<Position> folds = folding.foldingRegions(text);
		highlighting.update(org.vmmig.dsl.ide.highlighting.SemanticHighlights.compute(resource), stamp);
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			ISourceViewer viewer = getSourceViewer();
			if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()
					|| documentStamp() != stamp) {
				return; // closed, or the text changed since: the next reconcile brings fresh results
			}
			updateFolding(folds);
			if (viewer instanceof ITextViewerExtension2 extension) {
				extension.invalidateTextPresentation(0, viewer.getDocument().getLength());
			}
		});
	}

	/** Replaces the folding annotations by {@code regions}, keeping those that did not move (and their state). */
	private void updateFolding(List<Position> regions) {
		ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Set<Position> wanted = regions.stream().collect(Collectors.toSet());
		Map<Position, Annotation> existing = new HashMap<>();
		List<Annotation> deletions = new java.util.ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (position != null && wanted.contains(new Position(position.getOffset(), position.getLength()))
					&& !existing.containsKey(position)) {
				existing.put(new Position(position.getOffset(), position.getLength()), annotation);
			} else {
				deletions.add(annotation);
			}
		}
		Map<Annotation, Position> additions = new HashMap<>();
		for (Position region : regions) {
			if (!existing.containsKey(region)) {
				additions.put(new ProjectionAnnotation(), region);
			}
		}
		if (!deletions.isEmpty() || !additions.isEmpty()) {
			model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
		}
	}
}
