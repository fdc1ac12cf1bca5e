package org.vmmig.engine.security;

import java.util.Locale;
import java.util.Objects;

/**
 * How one migration stands against one {@link SecurityRequirement}: the {@link Reason} (which says whether it is
 * met) and why the model requires it ({@link Need#NONE}: it does not; then an unmet requirement is shown but not
 * warned about).
 *
 * @param vm     the VM's name
 * @param source the host it leaves
 * @param target the host it goes to
 * @param reason what decided the verdict
 * @param need   why the model requires the requirement of this migration, or {@link Need#NONE}
 */
public record Compliance(String vm, String source, String target, Reason reason, Need need) {

	public Compliance {
		Objects.requireNonNull(vm, "vm");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(need, "need");
	}

	public SecurityRequirement requirement() {
		return reason.requirement();
	}

	public Status status() {
		return reason.status();
	}

	public boolean required() {
		return need != Need.NONE;
	}

	/** Required by the model and not met: what the editor and the CLI warn about. */
	public boolean requiredButNotMet() {
		return required() && status() == Status.NOT_MET;
	}

	/** The verdict. */
	public enum Status {
		MET, NOT_MET, NOT_APPLICABLE;

		/** "met", "not-met", "not-applicable". */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** Why the model requires a requirement of a migration; the first that applies is given. */
	public enum Need {
		/** Nothing in the model asks for it. */
		NONE,
		/** The VM has a {@code security-level} above 0. */
		SECURITY_LEVEL,
		/** The policy lists the zone transitions it allows ({@code allow}). */
		ZONE_RULES,
		/** The migration leaves the VM's security zone. */
		ZONE_CHANGE,
		/** The path is untrusted (a WAN not marked {@code trusted}). */
		UNTRUSTED_PATH,
		/** The policy says {@code encryption required}. */
		ENCRYPTION_REQUIRED,
		/** The source host is predicted to fail (a {@code fail} scenario). */
		PREDICTED_FAILURE;

		/** "none", "security-level", "zone-rules", ... */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** What decided a verdict; each reason belongs to one requirement and gives one status. */
	public enum Reason {
		/** Neither host is in a zone and the VM has no security level. */
		NO_ZONES(SecurityRequirement.ACCESS_CONTROL, Status.NOT_APPLICABLE),
		/** Source and target are in the same zone (always allowed). */
		SAME_ZONE(SecurityRequirement.ACCESS_CONTROL, Status.MET),
		/** The policy's {@code allow} lists this zone transition. */
		TRANSITION_ALLOWED(SecurityRequirement.ACCESS_CONTROL, Status.MET),
		/** The target's zone trust is below the VM's security level. */
		BELOW_SECURITY_LEVEL(SecurityRequirement.ACCESS_CONTROL, Status.NOT_MET),
		/** The policy lists zone transitions, not this one. */
		TRANSITION_NOT_ALLOWED(SecurityRequirement.ACCESS_CONTROL, Status.NOT_MET),
		/** The VM changes zone and the policy lists no transitions: nothing controls the move. */
		UNCONTROLLED_ZONE_CHANGE(SecurityRequirement.ACCESS_CONTROL, Status.NOT_MET),

		/** The policy has {@code mutual-authentication}. */
		AUTHENTICATED(SecurityRequirement.MUTUAL_AUTHENTICATION, Status.MET),
		/** The policy does not authenticate source and destination to each other. */
		NOT_AUTHENTICATED(SecurityRequirement.MUTUAL_AUTHENTICATION, Status.NOT_MET),

		/** The policy has {@code audit-trail}. */
		AUDITED(SecurityRequirement.NON_REPUDIATION, Status.MET),
		/** The policy keeps no audit trail. */
		NOT_AUDITED(SecurityRequirement.NON_REPUDIATION, Status.NOT_MET),

		/** The stream is encrypted (both hosts can encrypt, encryption opportunistic or required). */
		ENCRYPTED(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, Status.MET),
		/** Not encrypted, but on a trusted path (a LAN, or a WAN marked {@code trusted}). */
		TRUSTED_PATH(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, Status.MET),
		/** Not encrypted on an untrusted path (encryption disabled). */
		PLAINTEXT_ON_UNTRUSTED_PATH(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, Status.NOT_MET),
		/**
		 * Encryption is asked for but a host has {@code tls off}: opportunistic encryption falls back to plaintext on
		 * an untrusted path, required encryption cannot be had at all.
		 */
		HOST_CANNOT_ENCRYPT(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, Status.NOT_MET),

		/** Memory leaves the source with the VM; a disk is shared or moves too. */
		NOTHING_LEFT_AT_SOURCE(SecurityRequirement.CONFIDENTIALITY_AT_SOURCE, Status.MET),
		/** A local disk stays at the source ({@code move-storage off}). */
		DISK_LEFT_AT_SOURCE(SecurityRequirement.CONFIDENTIALITY_AT_SOURCE, Status.NOT_MET),
		/** Post-copy: memory not yet pushed stays at the source while the VM runs at the destination. */
		PAGES_LEFT_AT_SOURCE(SecurityRequirement.CONFIDENTIALITY_AT_SOURCE, Status.NOT_MET),

		/** The source keeps a complete, runnable VM until the switch-over (pre-copy), and the stream is protected. */
		SOURCE_KEEPS_VM(SecurityRequirement.INTEGRITY_AVAILABILITY, Status.MET),
		/** Post-copy's risk window: the VM's state is split, a failure of either host loses it. */
		POST_COPY_RISK_WINDOW(SecurityRequirement.INTEGRITY_AVAILABILITY, Status.NOT_MET),
		/** The disk stayed at the source: the VM depends on the source host after the move. */
		DEPENDS_ON_SOURCE_DISK(SecurityRequirement.INTEGRITY_AVAILABILITY, Status.NOT_MET),
		/** Unencrypted (no integrity protection) on an untrusted path: memory can be altered on the way. */
		TAMPERABLE_IN_TRANSIT(SecurityRequirement.INTEGRITY_AVAILABILITY, Status.NOT_MET);

		private final SecurityRequirement requirement;
		private final Status status;

		Reason(SecurityRequirement requirement, Status status) {
			this.requirement = requirement;
			this.status = status;
		}

		public SecurityRequirement requirement() {
			return requirement;
		}

		public Status status() {
			return status;
		}

		/** "same-zone", "post-copy-risk-window", ... */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}
}
