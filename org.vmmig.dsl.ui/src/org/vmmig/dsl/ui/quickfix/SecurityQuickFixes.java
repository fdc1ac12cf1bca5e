package org.vmmig.dsl.ui.quickfix;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.vmmig.dsl.ui.editor.ProblemMarkers;
import org.vmmig.dsl.ui.quickfix.PolicyQuickFixes.Edit;
import org.vmmig.dsl.ui.quickfix.PolicyQuickFixes.PolicyFix;
import org.vmmig.dsl.validation.VmigIssueCodes;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.VmigPackage;
import org.vmmig.engine.security.Compliance.Reason;

/**
 * Quick fixes for security requirements the model requires and the plan does not meet (the warnings sit on the
 * scenario's policy reference; their first datum is the reason's keyword): add {@code mutual-authentication} or
 * {@code audit-trail} to the policy, or make it require encryption when memory would cross an untrusted path
 * unencrypted.
 */
public class SecurityQuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !fixes(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return fixes(marker).toArray(IMarkerResolution[]::new);
	}

	private static List<IMarkerResolution> fixes(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		String reason = marker.getAttribute(ProblemMarkers.DATA, "").lines().findFirst().orElse("");
		if (VmigIssueCodes.MUTUAL_AUTHENTICATION_NOT_MET.equals(code)) {
			return List.of(new PolicyFix("Add mutual-authentication to the policy",
					policy -> PolicyQuickFixes.insertProperty(policy, "mutual-authentication")));
		}
		if (VmigIssueCodes.NON_REPUDIATION_NOT_MET.equals(code)) {
			return List.of(new PolicyFix("Add audit-trail to the policy",
					policy -> PolicyQuickFixes.insertProperty(policy, "audit-trail")));
		}
		if (Reason.PLAINTEXT_ON_UNTRUSTED_PATH.keyword().equals(reason)
				|| Reason.TAMPERABLE_IN_TRANSIT.keyword().equals(reason)) {
			return List.of(new PolicyFix("Require encryption in the policy", SecurityQuickFixes::requireEncryption));
		}
		return List.of();
	}

	/** {@code encryption disabled|opportunistic} becomes {@code required}; a policy without one gets it. */
	static Edit requireEncryption(Policy policy) {
		List<INode> mode = NodeModelUtils.findNodesForFeature(policy, VmigPackage.Literals.POLICY__ENCRYPTION);
		if (!mode.isEmpty()) {
			INode node = mode.get(0);
			return new Edit(node.getOffset(), node.getLength(), "required");
		}
		return PolicyQuickFixes.insertProperty(policy, "encryption required");
	}
}
