package org.vmmig.dsl.ide.quickfix;

import java.util.Arrays;
import java.util.List;

import org.vmmig.dsl.validation.VmigIssueCodes;
import org.vmmig.engine.security.Compliance.Reason;
import org.vmmig.engine.units.Unit;

/**
 * The quick fixes of the language's diagnostics, by issue code and data: what the Eclipse editor offers on a
 * problem marker and the language server as code actions.
 * <ul>
 * <li>an unknown unit that differs from a real one only in case: {@code 8 GIB} → {@code 8 GiB};</li>
 * <li>a pre-copy that will not converge: the policy switches to hybrid; a pause longer than a VM's SLA
 * {@code max-downtime}: to post-copy, whose pause is only the CPU and device state;</li>
 * <li>security requirements the plan does not meet: add {@code mutual-authentication} or {@code audit-trail} to
 * the policy, or require encryption when memory would cross an untrusted path unencrypted.</li>
 * </ul>
 */
public final class QuickFixes {

	private QuickFixes() {
	}

	/** The fixes of a diagnostic with issue {@code code} and {@code data} (either may be null). */
	public static List<QuickFix> of(String code, List<String> data) {
		String first = data == null || data.isEmpty() || data.get(0) == null ? "" : data.get(0);
		if (code == null) {
			return List.of();
		}
		if (VmigIssueCodes.UNKNOWN_UNIT.equals(code)) {
			return Arrays.stream(Unit.values()).filter(unit -> unit.symbol().equalsIgnoreCase(first))
					.map(unit -> (QuickFix) new QuickFix.ReplaceMarkedText("Change the unit to " + unit.symbol(), unit.symbol()))
					.toList();
		}
		if (VmigIssueCodes.NOT_CONVERGING.equals(code)) {
			return List.of(switchTo("hybrid"));
		}
		if (VmigIssueCodes.SLA_DOWNTIME_BREACHED.equals(code)) {
			return List.of(switchTo("post-copy"));
		}
		if (VmigIssueCodes.MUTUAL_AUTHENTICATION_NOT_MET.equals(code)) {
			return List.of(new QuickFix.ChangePolicy("Add mutual-authentication to the policy",
					policy -> PolicyEdits.insertProperty(policy, "mutual-authentication")));
		}
		if (VmigIssueCodes.NON_REPUDIATION_NOT_MET.equals(code)) {
			return List.of(new QuickFix.ChangePolicy("Add audit-trail to the policy",
					policy -> PolicyEdits.insertProperty(policy, "audit-trail")));
		}
		String reason = first.lines().findFirst().orElse("");
		if (Reason.PLAINTEXT_ON_UNTRUSTED_PATH.keyword().equals(reason)
				|| Reason.TAMPERABLE_IN_TRANSIT.keyword().equals(reason)) {
			return List.of(new QuickFix.ChangePolicy("Require encryption in the policy", PolicyEdits::requireEncryption));
		}
		return List.of();
	}

	private static QuickFix switchTo(String technique) {
		return new QuickFix.ChangePolicy("Switch the policy to " + technique,
				policy -> PolicyEdits.switchTechnique(policy, technique));
	}
}
