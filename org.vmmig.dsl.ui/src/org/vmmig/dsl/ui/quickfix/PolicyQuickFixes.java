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
 * Quick fix for a pre-copy that will not converge (the warning sits on the scenario's policy reference):
 * switch the policy the scenario uses to hybrid — {@code technique pre-copy} becomes {@code technique hybrid},
 * or {@code technique hybrid} is added when the policy names no technique. The policy may be in an imported
 * file; that file is changed then.
 */
public class PolicyQuickFixes implements IMarkerResolutionGenerator2 {

	/** One text change. */
	record Edit(int offset, int length, String text) {
	}

	@Override
	public boolean hasResolutions(IMarker marker) {
		return VmigIssueCodes.NOT_CONVERGING.equals(marker.getAttribute(ProblemMarkers.CODE, ""));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? new IMarkerResolution[] { new SwitchToHybrid() } : new IMarkerResolution[0];
	}

	/** The change that makes {@code policy} hybrid, in the text of the policy's own file. */
	static Edit switchToHybrid(Policy policy) {
		List<INode> technique = NodeModelUtils.findNodesForFeature(policy, VmigPackage.Literals.POLICY__TECHNIQUE);
		if (!technique.isEmpty()) {
			INode node = technique.get(0);
			return new Edit(node.getOffset(), node.getLength(), "hybrid");
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
					return new Edit(after, 0, "\n" + indent + "technique hybrid");
				}
				return new Edit(after, 0, " technique hybrid");
			}
		}
		return null;
	}

	private static final class SwitchToHybrid implements IMarkerResolution {

		@Override
		public String getLabel() {
			return "Switch the policy to hybrid";
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
				Edit edit = switchToHybrid(policy);
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
