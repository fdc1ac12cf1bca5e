package org.vmmig.dsl.ui.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.IMarkerResolution;

/** Replaces the marked text in the file's document (the open editor's, if any), e.g. {@code GIB} by {@code GiB}. */
final class MarkedTextResolution implements IMarkerResolution {
	private final String label;
	private final String text;

	MarkedTextResolution(String label, String text) {
		this.label = label;
		this.text = text;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public void run(IMarker marker) {
		IFile file = (IFile) marker.getResource();
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (start < 0 || end < start) {
			return;
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			buffers.connect(path, LocationKind.IFILE, null);
			ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
			buffer.getDocument().replace(start, end - start, text);
			if (!buffer.isShared()) {
				buffer.commit(null, true); // nobody has the file open: save the fix
			}
		} catch (CoreException | BadLocationException e) {
			ILog.of(MarkedTextResolution.class).error("vmmig: quick fix failed on " + path, e);
		} finally {
			try {
				buffers.disconnect(path, LocationKind.IFILE, null);
			} catch (CoreException e) {
				ILog.of(MarkedTextResolution.class).error("vmmig: cannot release " + path, e);
			}
		}
	}
}
