package org.vmmig.dsl.ui.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vmmig.dsl.ui.editor.VmigEditor;
import org.vmmig.dsl.ui.preferences.VmigPreferences;

/**
 * Generate Report (editor context menu, toolbar, a .vmig file's context menu in the Project Explorer): writes
 * the HTML report of every scenario of the model — the same pages as {@code vmmig report} — into a
 * {@code reports} folder beside it, in a background job with progress and cancellation. The text of an open
 * editor is used as it is (unsaved edits included). Returns the job, so callers (and tests) can wait for it.
 */
public class GenerateReportHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.vmmig.dsl.ui.generateReport";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IWorkbenchPage page = part == null ? null : part.getSite().getPage();
		IFile file;
		String text;
		if (part instanceof VmigEditor editor && editor.getEditorInput() instanceof IFileEditorInput input) {
			file = input.getFile();
			text = editor.getDocumentProvider().getDocument(input).get();
		} else {
			file = selectedModel(HandlerUtil.getCurrentSelection(event));
			if (file == null) {
				return null;
			}
			IEditorPart open = page == null ? null : page.findEditor(new org.eclipse.ui.part.FileEditorInput(file));
			text = open instanceof VmigEditor editor ? editor.getDocumentProvider().getDocument(editor.getEditorInput()).get()
					: read(file);
		}
		ReportJob job = new ReportJob(file, text, VmigPreferences.costModel(),
				VmigPreferences.defaultDowntimeLimitSeconds(), page);
		job.setUser(true); // progress dialog with Cancel, or the Progress view when sent to the background
		job.schedule();
		return job;
	}

	/** The .vmig file selected (in the Project Explorer), or null. */
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
