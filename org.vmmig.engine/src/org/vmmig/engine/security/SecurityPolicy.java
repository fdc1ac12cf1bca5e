package org.vmmig.engine.security;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a model says about security beyond the migration policy's encryption: the zone transitions the policy
 * allows, whether it keeps an audit trail, and which hosts cannot encrypt.
 *
 * @param allowedTransitions for each source zone, the zones VMs may migrate to; empty: the policy lists none
 * @param auditTrail         every migration command is logged and signed ({@code audit-trail})
 * @param cannotEncrypt      hosts whose hypervisor cannot encrypt a migration stream ({@code tls off})
 */
public record SecurityPolicy(Map<String, Set<String>> allowedTransitions, boolean auditTrail, Set<String> cannotEncrypt) {

	/** No zone rules, no audit trail, every host can encrypt. */
	public static final SecurityPolicy NONE = new SecurityPolicy(Map.of(), false, Set.of());

	public SecurityPolicy {
		Objects.requireNonNull(allowedTransitions, "allowedTransitions");
		allowedTransitions = allowedTransitions.entrySet().stream()
				.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
		cannotEncrypt = Set.copyOf(cannotEncrypt);
	}

	/** Whether the policy lists zone transitions at all. */
	public boolean hasZoneRules() {
		return !allowedTransitions.isEmpty();
	}

	/** Whether the policy lists the move from zone {@code from} to zone {@code to} (a host in no zone: null). */
	public boolean allows(String from, String to) {
		return from != null && to != null && allowedTransitions.getOrDefault(from, Set.of()).contains(to);
	}
}
