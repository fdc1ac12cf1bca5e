package org.vmmig.dsl.ui.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.editor.VmigEditor;

/**
 * The model a command works on: the active vmmig editor's, or the .vmig file selected in a view such as the
 * Project Explorer. The text is the open editor's when there is one (unsaved edits included), else the file's.
 *
 * @param file the workspace file, or null for an editor on a file outside the workspace
 */
public record ModelSource(IFile file, String name, URI uri, String text, IWorkbenchPage page) {

	/** What the command's context points at, or null when it is neither a vmmig editor nor a .vmig file. */
	public static ModelSource of(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IWorkbenchPage page = part == null ? null : part.getSite().getPage();
		if (part instanceof VmigEditor editor) {
			return of(editor, page);
		}
		IFile file = selectedModel(HandlerUtil.getCurrentSelection(event));
		if (file == null) { // a view without a model selected (the Migration Plan view's toolbar): the editor's
			return HandlerUtil.getActiveEditor(event) instanceof VmigEditor editor ? of(editor, page) : null;
		}
		IEditorPart open = page == null ? null : page.findEditor(new FileEditorInput(file));
		String text = open instanceof VmigEditor editor
				? editor.getDocumentProvider().getDocument(editor.getEditorInput()).get()
				: read(file);
		return new ModelSource(file, file.getName(), DocumentParser.uri(file), text, page);
	}

	private static ModelSource of(VmigEditor editor, IWorkbenchPage page) {
		IFile file = editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		return new ModelSource(file, editor.getEditorInput().getName(), DocumentParser.uri(editor.getEditorInput()),
				editor.getDocumentProvider().getDocument(editor.getEditorInput()).get(),
				page != null ? page : editor.getSite().getPage());
	}

	/** The .vmig file selected, or null. */
	static IFile selectedModel(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && "vmig".equalsIgnoreCase(file.getFileExtension())) {
				return file;
			}
		}
		return null;
	}

	private static String read(IFile file) throws ExecutionException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException | CoreException e) {
			throw new ExecutionException("cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
		}
	}
}
