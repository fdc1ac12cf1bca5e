package org.vmmig.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.vmmig.dsl.ui.document.ProblemMarkers;

/**
 * Quick fixes in the editor (Ctrl+1, or a click on the problem's icon in the ruler): the resolutions of the
 * vmmig problem markers at the caret, the same the Problems view offers.
 */
public class MarkerQuickAssistProcessor implements IQuickAssistProcessor {

	private final ITextEditor editor;

	public MarkerQuickAssistProcessor(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IMarker marker : markersAt(context.getOffset())) {
			for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
				proposals.add(new ResolutionProposal(marker, resolution));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The vmmig problem markers whose range contains {@code offset} (its ends included). */
	public List<IMarker> markersAt(int offset) {
		if (!(editor.getEditorInput() instanceof IFileEditorInput input)) {
			return List.of();
		}
		IFile file = input.getFile();
		try {
			List<IMarker> found = new ArrayList<>();
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				int end = marker.getAttribute(IMarker.CHAR_END, -1);
				if (start >= 0 && start <= offset && offset <= end) {
					found.add(marker);
				}
			}
			return found;
		} catch (CoreException e) {
			ILog.of(getClass()).error("vmmig: cannot read the markers of " + file.getFullPath(), e);
			return List.of();
		}
	}

	@Override
	public boolean canFix(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation markerAnnotation && !annotation.isMarkedDeleted()) {
			IMarker marker = markerAnnotation.getMarker();
			try {
				return marker.exists() && marker.isSubtypeOf(ProblemMarkers.TYPE)
						&& IDE.getMarkerHelpRegistry().hasResolutions(marker);
			} catch (CoreException e) {
				return false;
			}
		}
		return false;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	/** A marker resolution shown as a proposal: choosing it runs the resolution. */
	private static final class ResolutionProposal implements ICompletionProposal {
		private final IMarker marker;
		private final IMarkerResolution resolution;

		ResolutionProposal(IMarker marker, IMarkerResolution resolution) {
			this.marker = marker;
			this.resolution = resolution;
		}

		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			String description = resolution instanceof IMarkerResolution2 described ? described.getDescription() : null;
			return description != null ? description : marker.getAttribute(IMarker.MESSAGE, null);
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public Image getImage() {
			return resolution instanceof IMarkerResolution2 described ? described.getImage() : null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
