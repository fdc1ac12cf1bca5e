package org.vmmig.dsl.ui.quickfix;

import java.io.IOException;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ide.quickfix.TextChange;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.vmig.Policy;

import com.google.inject.Injector;

/**
 * A change to the policy a scenario uses, found from the warning's position on its reference. The policy may be in
 * an imported file; that file is changed then.
 */
final class PolicyResolution implements IMarkerResolution {

	private final String label;
	private final Function<Policy, TextChange> change;

	PolicyResolution(String label, Function<Policy, TextChange> change) {
		this.label = label;
		this.change = change;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public void run(IMarker marker) {
		IFile file = (IFile) marker.getResource();
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		if (start < 0) {
			return;
		}
		Injector injector = VmigUiPlugin.getDefault().injector();
		try {
			String text = withDocument(file, IDocument::get);
			XtextResource resource = new DocumentParser(injector).parse(DocumentParser.uri(file), text);
			EObject target = injector.getInstance(EObjectAtOffsetHelper.class).resolveCrossReferencedElementAt(resource, start);
			if (!(target instanceof Policy policy) || policy.eIsProxy()) {
				return;
			}
			TextChange edit = change.apply(policy);
			IFile policyFile = policy.eResource() == resource ? file : DocumentParser.file(policy.eResource().getURI());
			if (edit == null || policyFile == null) {
				return;
			}
			withDocument(policyFile, document -> {
				try {
					document.replace(edit.offset(), edit.length(), edit.text());
				} catch (BadLocationException e) {
					throw new IllegalStateException(e);
				}
				return null;
			});
		} catch (CoreException | IOException | RuntimeException e) {
			ILog.of(PolicyResolution.class).error("vmmig: quick fix failed on " + file.getFullPath(), e);
		}
	}

	/** Runs {@code action} on the file's document (the open editor's, if any); saves when no editor has it. */
	private static <T> T withDocument(IFile file, Function<IDocument, T> action) throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		buffers.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			T result = action.apply(buffer.getDocument());
			if (!buffer.isShared() && !wasDirty && buffer.isDirty()) {
				buffer.commit(null, true); // nobody has the file open: save the fix
			}
			return result;
		} finally {
			buffers.disconnect(path, LocationKind.IFILE, null);
		}
	}
}
