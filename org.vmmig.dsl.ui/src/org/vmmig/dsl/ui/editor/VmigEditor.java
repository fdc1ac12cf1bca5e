package org.vmmig.dsl.ui.editor;

import java.util.ListResourceBundle;

import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;

/**
 * The .vmig editor: the Eclipse text editor, configured with the language's highlighting, content assist,
 * hover and validation-as-you-type (see {@link VmigSourceViewerConfiguration}), and an outline.
 */
public class VmigEditor extends TextEditor {

	public static final String ID = "org.vmmig.dsl.ui.editor";
	public static final String CONTENT_ASSIST_ACTION = "ContentAssistProposal";

	/** Labels of the editor's own actions. */
	private static final class Messages extends ListResourceBundle {
		@Override
		protected Object[][] getContents() {
			return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
					{ "ContentAssistProposal.tooltip", "Content Assist" },
					{ "ContentAssistProposal.description", "Proposes keywords, names and units" } };
		}
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(
				new VmigSourceViewerConfiguration(this, VmigUiPlugin.getDefault().injector(), getPreferenceStore()));
	}

	private VmigOutlinePage outline;

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			// the Outline view disposes a page when it no longer shows it; a later request gets a new one
			if (outline == null || outline.getControl() != null && outline.getControl().isDisposed()) {
				outline = new VmigOutlinePage(this, VmigUiPlugin.getDefault().injector());
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	@Override
	protected void createActions() {
		super.createActions();
		ContentAssistAction assist = new ContentAssistAction(new Messages(), "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS); // Ctrl+Space
		setAction(CONTENT_ASSIST_ACTION, assist);
	}
}
