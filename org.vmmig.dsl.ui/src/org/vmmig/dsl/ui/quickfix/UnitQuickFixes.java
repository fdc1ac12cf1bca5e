package org.vmmig.dsl.ui.quickfix;

import java.util.Arrays;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.vmmig.dsl.ui.editor.ProblemMarkers;
import org.vmmig.dsl.validation.VmigIssueCodes;
import org.vmmig.engine.units.Unit;

/**
 * Quick fixes for unknown units that differ from a real one only in case: {@code 8 GIB} → {@code 8 GiB},
 * {@code 10 gbps} → {@code 10 Gbps}. Registered for vmmig problem markers in plugin.xml.
 */
public class UnitQuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!VmigIssueCodes.UNKNOWN_UNIT.equals(marker.getAttribute(ProblemMarkers.CODE, ""))) {
			return new IMarkerResolution[0];
		}
		String typed = marker.getAttribute(ProblemMarkers.DATA, "");
		return Arrays.stream(Unit.values()).filter(unit -> unit.symbol().equalsIgnoreCase(typed))
				.map(unit -> new ReplaceUnit(unit.symbol())).toArray(IMarkerResolution[]::new);
	}

	/** Replaces the marked unit in the file's document (the open editor's, if any). */
	private static final class ReplaceUnit implements IMarkerResolution {
		private final String symbol;

		ReplaceUnit(String symbol) {
			this.symbol = symbol;
		}

		@Override
		public String getLabel() {
			return "Change the unit to " + symbol;
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
				buffer.getDocument().replace(start, end - start, symbol);
				if (!buffer.isShared()) {
					buffer.commit(null, true); // nobody has the file open: save the fix
				}
			} catch (CoreException | BadLocationException e) {
				ILog.of(UnitQuickFixes.class).error("vmmig: quick fix failed on " + path, e);
			} finally {
				try {
					buffers.disconnect(path, LocationKind.IFILE, null);
				} catch (CoreException e) {
					ILog.of(UnitQuickFixes.class).error("vmmig: cannot release " + path, e);
				}
			}
		}
	}
}
