package org.vmmig.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.VmigPackage;

/** The text changes the quick fixes make to a policy, in the text of the policy's own file. */
public final class PolicyEdits {

	private PolicyEdits() {
	}

	/** {@code technique pre-copy} becomes {@code technique <keyword>}; a policy without one gets it. */
	public static TextChange switchTechnique(Policy policy, String keyword) {
		List<INode> technique = NodeModelUtils.findNodesForFeature(policy, VmigPackage.Literals.POLICY__TECHNIQUE);
		if (!technique.isEmpty()) {
			INode node = technique.get(0);
			return new TextChange(node.getOffset(), node.getLength(), keyword);
		}
		return insertProperty(policy, "technique " + keyword);
	}

	/** {@code encryption disabled|opportunistic} becomes {@code required}; a policy without one gets it. */
	public static TextChange requireEncryption(Policy policy) {
		List<INode> mode = NodeModelUtils.findNodesForFeature(policy, VmigPackage.Literals.POLICY__ENCRYPTION);
		if (!mode.isEmpty()) {
			INode node = mode.get(0);
			return new TextChange(node.getOffset(), node.getLength(), "required");
		}
		return insertProperty(policy, "encryption required");
	}

	/**
	 * Adds {@code property} (e.g. "audit-trail") to {@code policy} right after its opening brace: on a line of its
	 * own, indented as the next line, when the brace ends a line. Null when the policy has no brace (a syntax error).
	 */
	public static TextChange insertProperty(Policy policy, String property) {
		INode policyNode = NodeModelUtils.getNode(policy);
		if (policyNode == null) {
			return null;
		}
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
					return new TextChange(after, 0, "\n" + indent + property);
				}
				return new TextChange(after, 0, " " + property);
			}
		}
		return null;
	}
}
