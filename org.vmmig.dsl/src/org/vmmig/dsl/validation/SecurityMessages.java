package org.vmmig.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.security.Compliance.Need;
import org.vmmig.engine.security.Compliance.Reason;
import org.vmmig.engine.security.SecurityRequirement;

/**
 * How a security verdict is told: the migration, the requirement, whether it is met and why, what in the model
 * requires it, and what to change; and the issue code of each requirement. Used by the editor's warnings, the
 * CLI's simulate and the workbench's Migration Plan view.
 */
public final class SecurityMessages {

	private SecurityMessages() {
	}

	/** "vm db (h1 to h3): non-repudiation not met, required because ...: ...; add audit-trail to the policy." */
	public static String describe(Compliance c) {
		return describe(List.of(c));
	}

	/** One sentence for migrations with the same verdict, reason and need (the first one's are told). */
	public static String describe(List<Compliance> same) {
		Compliance c = same.get(0);
		String moves = same.stream().map(m -> "vm " + m.vm() + " (" + m.source() + " to " + m.target() + ")")
				.collect(Collectors.joining(", "));
		String required = c.required() ? ", required because " + need(c.need()) : "";
		String hint = hint(c.reason());
		return moves + ": " + name(c.requirement()) + " " + status(c.status()) + required + ": " + reason(c.reason())
				+ (hint.isEmpty() ? "." : "; " + hint + ".");
	}

	public static String issueCode(SecurityRequirement requirement) {
		return switch (requirement) {
		case ACCESS_CONTROL -> VmigIssueCodes.ACCESS_CONTROL_NOT_MET;
		case MUTUAL_AUTHENTICATION -> VmigIssueCodes.MUTUAL_AUTHENTICATION_NOT_MET;
		case NON_REPUDIATION -> VmigIssueCodes.NON_REPUDIATION_NOT_MET;
		case CONFIDENTIALITY_IN_TRANSIT -> VmigIssueCodes.CONFIDENTIALITY_IN_TRANSIT_NOT_MET;
		case CONFIDENTIALITY_AT_SOURCE -> VmigIssueCodes.CONFIDENTIALITY_AT_SOURCE_NOT_MET;
		case INTEGRITY_AVAILABILITY -> VmigIssueCodes.INTEGRITY_AVAILABILITY_NOT_MET;
		};
	}

	public static String name(SecurityRequirement requirement) {
		return switch (requirement) {
		case ACCESS_CONTROL -> "access control";
		case MUTUAL_AUTHENTICATION -> "mutual authentication";
		case NON_REPUDIATION -> "non-repudiation";
		case CONFIDENTIALITY_IN_TRANSIT -> "confidentiality in transit";
		case CONFIDENTIALITY_AT_SOURCE -> "confidentiality before and after migration";
		case INTEGRITY_AVAILABILITY -> "integrity and availability";
		};
	}

	private static String status(Compliance.Status status) {
		return switch (status) {
		case MET -> "met";
		case NOT_MET -> "not met";
		case NOT_APPLICABLE -> "not applicable";
		};
	}

	private static String need(Need need) {
		return switch (need) {
		case NONE -> "nothing";
		case SECURITY_LEVEL -> "the VM has a security-level";
		case ZONE_RULES -> "the policy lists allowed zone transitions";
		case ZONE_CHANGE -> "the VM changes security zone";
		case UNTRUSTED_PATH -> "the path is untrusted";
		case ENCRYPTION_REQUIRED -> "the policy requires encryption";
		case PREDICTED_FAILURE -> "the source is predicted to fail";
		};
	}

	public static String reason(Reason reason) {
		return switch (reason) {
		case NO_ZONES -> "neither host is in a security zone";
		case SAME_ZONE -> "both hosts are in the same zone";
		case TRANSITION_ALLOWED -> "the policy allows this zone transition";
		case BELOW_SECURITY_LEVEL -> "the target's zone is trusted less than the VM's security-level";
		case TRANSITION_NOT_ALLOWED -> "the policy's allow list does not include this zone transition";
		case UNCONTROLLED_ZONE_CHANGE -> "the VM changes zone and the policy lists no allowed transitions";
		case AUTHENTICATED -> "source and destination authenticate each other";
		case NOT_AUTHENTICATED -> "source and destination do not authenticate each other";
		case AUDITED -> "migration commands are logged and signed";
		case NOT_AUDITED -> "the policy keeps no audit trail of migration commands";
		case ENCRYPTED -> "the stream is encrypted";
		case TRUSTED_PATH -> "the stream is not encrypted but the path is trusted";
		case PLAINTEXT_ON_UNTRUSTED_PATH -> "memory crosses an untrusted path unencrypted";
		case HOST_CANNOT_ENCRYPT -> "a host cannot encrypt (tls off), so the stream is not encrypted";
		case NOTHING_LEFT_AT_SOURCE -> "nothing of the VM stays at the source";
		case DISK_LEFT_AT_SOURCE -> "its local disk stays at the source (move-storage off)";
		case PAGES_LEFT_AT_SOURCE -> "post-copy leaves memory at the source while the VM runs at the destination";
		case SOURCE_KEEPS_VM -> "the source keeps the whole VM until the switch-over";
		case POST_COPY_RISK_WINDOW -> "post-copy splits the VM between the hosts, so a failure of either loses it";
		case DEPENDS_ON_SOURCE_DISK -> "its disk stays at the source, so it depends on the source host after the move";
		case TAMPERABLE_IN_TRANSIT -> "memory crosses an untrusted path without integrity protection";
		};
	}

	/** What to change in the model; empty for a verdict that needs nothing. */
	private static String hint(Reason reason) {
		return switch (reason) {
		case BELOW_SECURITY_LEVEL -> "keep the VM on hosts of a zone trusted at least that much";
		case TRANSITION_NOT_ALLOWED, UNCONTROLLED_ZONE_CHANGE -> "list the transition in the policy's allow, or keep the VM in its zone";
		case NOT_AUTHENTICATED -> "add mutual-authentication to the policy";
		case NOT_AUDITED -> "add audit-trail to the policy";
		case PLAINTEXT_ON_UNTRUSTED_PATH, TAMPERABLE_IN_TRANSIT -> "set encryption required in the policy";
		case HOST_CANNOT_ENCRYPT -> "move between hosts that can encrypt";
		case DISK_LEFT_AT_SOURCE, DEPENDS_ON_SOURCE_DISK -> "set move-storage on, or put the disk on shared storage";
		case PAGES_LEFT_AT_SOURCE, POST_COPY_RISK_WINDOW -> "consider pre-copy";
		default -> "";
		};
	}
}
