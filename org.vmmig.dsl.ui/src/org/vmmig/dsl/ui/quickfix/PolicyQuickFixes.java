package org.vmmig.dsl.ui.quickfix;

import java.io.IOException;
import java.util.List;

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
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ui.editor.DocumentParser;
import org.vmmig.dsl.ui.editor.ProblemMarkers;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.validation.VmigIssueCodes;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.VmigPackage;

import com.google.inject.Injector;

/**
 * Quick fixes that change the technique of the policy a scenario uses (the warnings sit on the scenario's policy
 * reference): a pre-copy that will not converge switches to hybrid; a pause longer than a VM's SLA
 * {@code max-downtime} switches to post-copy, whose pause is only the CPU and device state. {@code technique
 * pre-copy} becomes the new technique, or it is added when the policy names none. The policy may be in an
 * imported file; that file is changed then.
 */
public class PolicyQuickFixes implements IMarkerResolutionGenerator2 {

	/** One text change. */
	record Edit(int offset, int length, String text) {
	}

	/** The technique each warning's fix switches to. */
	private static String techniqueFor(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		if (VmigIssueCodes.NOT_CONVERGING.equals(code)) {
			return "hybrid";
		}
		if (VmigIssueCodes.SLA_DOWNTIME_BREACHED.equals(code)) {
			return "post-copy";
		}
		return null;
	}

	@Override
	public boolean hasResolutions(IMarker marker) {
		return techniqueFor(marker) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String technique = techniqueFor(marker);
		return technique == null ? new IMarkerResolution[0] : new IMarkerResolution[] { new SwitchTechnique(technique) };
	}

	/** The change that gives {@code policy} a technique, in the text of the policy's own file. */
	static Edit switchTechnique(Policy policy, String keyword) {
		List<INode> technique = NodeModelUtils.findNodesForFeature(policy, VmigPackage.Literals.POLICY__TECHNIQUE);
		if (!technique.isEmpty()) {
			INode node = technique.get(0);
			return new Edit(node.getOffset(), node.getLength(), keyword);
		}
		INode policyNode = NodeModelUtils.getNode(policy);
		for (ILeafNode leaf : policyNode.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				int after = leaf.getEndOffset();
				String text = policyNode.getRootNode().getText();
				if (after < text.length() && (text.charAt(after) == '\n' || text.charAt(after) == '\r')) {
					int lineStart = text.indexOf('\n', after) + 1;
					int indentEnd = lineStart;
					while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
						indentEnd++;
					}
					String indent = lineStart > 0 ? text.substring(lineStart, indentEnd) : "\t";
					return new Edit(after, 0, "\n" + indent + "technique " + keyword);
				}
				return new Edit(after, 0, " technique " + keyword);
			}
		}
		return null;
	}

	private static final class SwitchTechnique implements IMarkerResolution {

		private final String technique;

		SwitchTechnique(String technique) {
			this.technique = technique;
		}

		@Override
		public String getLabel() {
			return "Switch the policy to " + technique;
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
				EObject target = injector.getInstance(EObjectAtOffsetHelper.class)
						.resolveCrossReferencedElementAt(resource, start);
				if (!(target instanceof Policy policy) || policy.eIsProxy()) {
					return;
				}
				Edit edit = switchTechnique(policy, technique);
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
				ILog.of(PolicyQuickFixes.class).error("vmmig: quick fix failed on " + file.getFullPath(), e);
			}
		}
	}

	/** Runs {@code action} on the file's document (the open editor's, if any); saves when no editor has it. */
	private static <T> T withDocument(IFile file, java.util.function.Function<IDocument, T> action) throws CoreException {
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
