package org.vmmig.dsl.ui.editor;

import java.util.ListResourceBundle;

import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;

/**
 * The .vmig editor: the Eclipse text editor, configured with the language's highlighting, content assist
 * and validation-as-you-type (see {@link VmigSourceViewerConfiguration}).
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

	@Override
	protected void createActions() {
		super.createActions();
		ContentAssistAction assist = new ContentAssistAction(new Messages(), "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS); // Ctrl+Space
		setAction(CONTENT_ASSIST_ACTION, assist);
	}
}
