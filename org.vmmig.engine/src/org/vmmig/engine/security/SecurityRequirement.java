package org.vmmig.engine.security;

import java.util.Locale;

/**
 * The six requirements a live migration must meet (the threat categories of Aiash, Mapp and Gemikonakli, "Secure
 * live virtual machines migration: issues and solutions", and the seed's product description), in their order.
 */
public enum SecurityRequirement {
	/** Only allowed moves: zone transitions the policy lists, never to a host trusted less than the VM's level. */
	ACCESS_CONTROL,
	/** Source and destination authenticate each other: no spoofed migration commands or hosts. */
	MUTUAL_AUTHENTICATION,
	/** Every migration command is logged and signed, so no party can deny it. */
	NON_REPUDIATION,
	/** Memory cannot be read on the way: encrypted, or on a trusted path. */
	CONFIDENTIALITY_IN_TRANSIT,
	/** Nothing of the VM (memory, disk) stays readable at the source once it runs at the destination. */
	CONFIDENTIALITY_AT_SOURCE,
	/** The VM cannot be tampered with on the way nor lost when a host fails during the move. */
	INTEGRITY_AVAILABILITY;

	/** "access-control", "mutual-authentication", ... as reports and the JSON document name it. */
	public String keyword() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
