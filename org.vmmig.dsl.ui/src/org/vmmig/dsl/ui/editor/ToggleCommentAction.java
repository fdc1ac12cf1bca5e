package org.vmmig.dsl.ui.editor;

import java.util.ResourceBundle;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.TextEditorAction;

/**
 * Ctrl+/: comments the selected lines out with {@code //} (the language's single-line comment, from
 * Xtext's common terminals), or, when every non-blank selected line is already commented, uncomments them.
 */
public class ToggleCommentAction extends TextEditorAction {

	public static final String PREFIX = "//";

	public ToggleCommentAction(ResourceBundle bundle, String prefix, ITextEditor editor) {
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
		try {
			int first = selection.getStartLine();
			int last = selection.getEndLine();
			// a selection ending at the very start of a line does not include that line
			if (last > first && document.getLineOffset(last) == selection.getOffset() + selection.getLength()) {
				last--;
			}
			toggle(document, first, last);
			int start = document.getLineOffset(first);
			IRegion lastLine = document.getLineInformation(last);
			editor.getSelectionProvider().setSelection(new TextSelection(document, start,
					lastLine.getOffset() + lastLine.getLength() - start));
		} catch (BadLocationException e) {
			ILog.of(getClass()).error("vmmig: toggle comment failed", e);
		}
	}

	/** Comments lines {@code first}..{@code last} out, or in when all of them are comments. */
	public static void toggle(IDocument document, int first, int last) throws BadLocationException {
		boolean allCommented = true;
		for (int line = first; line <= last; line++) {
			String text = line(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith(PREFIX)) {
				allCommented = false;
			}
		}
		for (int line = last; line >= first; line--) { // from the end: earlier offsets stay valid
			String text = line(document, line);
			int offset = document.getLineOffset(line);
			if (allCommented) {
				int at = text.indexOf(PREFIX);
				if (at >= 0) {
					int length = PREFIX.length() + (text.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
					document.replace(offset + at, length, "");
				}
			} else if (!text.isBlank() || first == last) {
				document.replace(offset, 0, PREFIX + " ");
			}
		}
	}

	private static String line(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
