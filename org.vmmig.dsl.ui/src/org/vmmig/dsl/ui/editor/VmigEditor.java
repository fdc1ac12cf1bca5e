package org.vmmig.dsl.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;

/**
 * The .vmig editor: the Eclipse text editor, configured with the language's highlighting and
 * validation-as-you-type (see {@link VmigSourceViewerConfiguration}).
 */
public class VmigEditor extends TextEditor {

	public static final String ID = "org.vmmig.dsl.ui.editor";

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(
				new VmigSourceViewerConfiguration(this, VmigUiPlugin.getDefault().injector(), getPreferenceStore()));
	}
}
