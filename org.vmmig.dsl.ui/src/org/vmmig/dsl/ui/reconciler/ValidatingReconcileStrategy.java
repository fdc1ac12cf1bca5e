package org.vmmig.dsl.ui.reconciler;

import org.vmmig.dsl.ui.document.ProblemMarkers;
import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Validation as you type: after each pause in typing, the whole text is parsed and validated in the
 * background and the file's problem markers are replaced, so the Problems view and the editor's
 * annotations follow the text. The same parse gives the editor its folding regions and semantic highlighting.
 */
public class ValidatingReconcileStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	/** Told of each new parse of the text (in the reconciler's thread): the editor folds and colours with it. */
	@FunctionalInterface
	public interface ParseListener {
		void parsed(String text, long modificationStamp, XtextResource resource);
	}

	private final ITextEditor editor;
	private final ParseListener listener;
	private final DocumentValidator validator;
	private final ProblemMarkers markers = new ProblemMarkers();
	private IDocument document;
	private IProgressMonitor monitor;

	public ValidatingReconcileStrategy(ITextEditor editor, ParseListener listener, DocumentValidator validator) {
		this.editor = editor;
		this.listener = listener;
		this.validator = validator;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		validateNow();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validateNow();
	}

	@Override
	public void reconcile(IRegion partition) {
		validateNow();
	}

	private void validateNow() {
		if (document == null) {
			return;
		}
		IFile file = editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		long stamp = document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		String text = document.get();
		try {
			XtextResource resource = validator.parser().parse(editor.getEditorInput(), text);
			listener.parsed(text, stamp, resource); // folding and semantic highlighting
			if (file == null) {
				return; // a file outside the workspace has no markers to show
			}
			List<Issue> issues = validator.validate(resource, () -> monitor != null && monitor.isCanceled());
			if (monitor == null || !monitor.isCanceled()) {
				markers.replace(file, issues);
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("vmmig: validating " + editor.getEditorInput().getName() + " failed", e);
		}
	}
}
