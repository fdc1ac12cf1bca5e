package org.vmmig.dsl.ui.editor;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.xtext.validation.Issue;

/**
 * Validation as you type: after each pause in typing, the whole text is parsed and validated in the
 * background and the file's problem markers are replaced, so the Problems view and the editor's
 * annotations follow the text.
 */
public class ValidatingReconcileStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final VmigEditor editor;
	private final DocumentValidator validator;
	private final ProblemMarkers markers = new ProblemMarkers();
	private IDocument document;
	private IProgressMonitor monitor;

	public ValidatingReconcileStrategy(VmigEditor editor, DocumentValidator validator) {
		this.editor = editor;
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
		IFile file = editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		if (file == null || document == null) {
			return; // a file outside the workspace has no markers to show
		}
		String text = document.get();
		try {
			List<Issue> issues = validator.validate(editor.getEditorInput(), text,
					() -> monitor != null && monitor.isCanceled());
			if (monitor == null || !monitor.isCanceled()) {
				markers.replace(file, issues);
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("vmmig: validating " + file.getFullPath() + " failed", e);
		}
	}
}
