package org.vmmig.engine.plan;

import java.util.Map;
import java.util.Set;

import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.Vm;

/**
 * Security rules a placement must respect: a VM never lands on a host whose zone trust is below the VM's
 * security level, and it only crosses from one zone to another when the policy allows that transition.
 *
 * @param allowedTransitions  for each source zone, the zones VMs may migrate to; empty: every transition
 *                            is allowed. Staying in the same zone is always allowed.
 * @param encryptionRequired  the policy requires encrypted migrations
 * @param cannotEncrypt       hosts whose hypervisor cannot encrypt a migration stream
 */
public record PlacementRules(Map<String, Set<String>> allowedTransitions, boolean encryptionRequired,
		Set<String> cannotEncrypt) {

	public static final PlacementRules NONE = new PlacementRules(Map.of());

	public PlacementRules {
		allowedTransitions = Map.copyOf(allowedTransitions);
		cannotEncrypt = Set.copyOf(cannotEncrypt);
	}

	/** Zone rules only. */
	public PlacementRules(Map<String, Set<String>> allowedTransitions) {
		this(allowedTransitions, false, Set.of());
	}

	/** Why {@code vm} may not move from {@code source} to {@code target}, or null when it may. */
	String refusal(Vm vm, Host source, Host target) {
		if (encryptionRequired && (cannotEncrypt.contains(source.name()) || cannotEncrypt.contains(target.name()))) {
			String host = cannotEncrypt.contains(source.name()) ? source.name() : target.name();
			return "required encryption is impossible: " + host + " cannot encrypt migrations";
		}
		if (target.trustLevel() < vm.securityLevel()) {
			return "security level " + vm.securityLevel() + " above the trust " + target.trustLevel() + " of "
					+ target.name();
		}
		if (allowedTransitions.isEmpty() || source.zone() == null || source.zone().equals(target.zone())) {
			return null;
		}
		Set<String> allowed = allowedTransitions.getOrDefault(source.zone(), Set.of());
		return allowed.contains(target.zone()) ? null
				: "the policy does not allow moves from zone " + source.zone() + " to zone " + target.zone();
	}
}
