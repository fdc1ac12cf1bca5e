package org.vmmig.dsl.ui.formatting;

import org.vmmig.dsl.ui.document.DocumentParser;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.TextEditorAction;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;

/**
 * Ctrl+Shift+F: formats the selected lines, or the whole model when nothing is selected, as one undoable
 * change. A model with syntax errors is left as it is; the status line says why.
 */
public class FormatAction extends TextEditorAction {

	public FormatAction(ResourceBundle bundle, String prefix, ITextEditor editor) {
		super(bundle, prefix, editor);
	}

	@Override
	public void run() {
		ITextEditor editor = getTextEditor();
		if (editor == null || !validateEditorInputState()) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		int offset = 0;
		int length = document.getLength();
		try {
			if (selection.getLength() > 0) { // whole lines, so a block is never half formatted
				offset = document.getLineOffset(selection.getStartLine());
				int endLine = selection.getEndLine();
				length = document.getLineOffset(endLine) + document.getLineLength(endLine) - offset;
			}
			Optional<List<ITextReplacement>> replacements = new DocumentFormatter(VmigUiPlugin.getDefault().injector())
					.format(DocumentParser.uri(editor.getEditorInput()), document.get(), offset, length);
			if (replacements.isEmpty()) {
				status(editor, "Not formatted: the model has syntax errors.");
				return;
			}
			apply(editor, document, replacements.get());
			status(editor, null);
		} catch (BadLocationException | java.io.IOException e) {
			ILog.of(getClass()).error("vmmig: formatting failed", e);
		}
	}

	/** Applies the replacements from the last to the first, so earlier offsets stay valid; one undo step. */
	private static void apply(ITextEditor editor, IDocument document, List<ITextReplacement> replacements)
			throws BadLocationException {
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			for (int i = replacements.size() - 1; i >= 0; i--) {
				ITextReplacement r = replacements.get(i);
				if (!document.get(r.getOffset(), r.getLength()).equals(r.getReplacementText())) {
					document.replace(r.getOffset(), r.getLength(), r.getReplacementText());
				}
			}
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	private static void status(ITextEditor editor, String message) {
		var line = editor.getEditorSite().getActionBars().getStatusLineManager();
		line.setErrorMessage(message);
	}
}
