package org.vmmig.engine.plan;

import java.util.List;

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
 * @param affinity            groups of VMs that must share a host
 * @param antiAffinity        groups of VMs no two of which may share a host
 * @param hostMips            each host's CPU capacity (MIPS) where the model gives it
 * @param vmMips              each VM's CPU size (vCPUs × MIPS) where the model gives it; a VM lands only where it
 *                            fits beside the VMs there, when both are known
 */
public record PlacementRules(Map<String, Set<String>> allowedTransitions, boolean encryptionRequired,
		Set<String> cannotEncrypt, List<Set<String>> affinity, List<Set<String>> antiAffinity,
		Map<String, Double> hostMips, Map<String, Double> vmMips) {

	public static final PlacementRules NONE = new PlacementRules(Map.of());

	public PlacementRules {
		allowedTransitions = Map.copyOf(allowedTransitions);
		cannotEncrypt = Set.copyOf(cannotEncrypt);
		affinity = affinity.stream().map(Set::copyOf).toList();
		antiAffinity = antiAffinity.stream().map(Set::copyOf).toList();
		hostMips = Map.copyOf(hostMips);
		vmMips = Map.copyOf(vmMips);
	}

	/** Zone rules only. */
	public PlacementRules(Map<String, Set<String>> allowedTransitions) {
		this(allowedTransitions, false, Set.of());
	}

	/** Security rules, no groups. */
	public PlacementRules(Map<String, Set<String>> allowedTransitions, boolean encryptionRequired, Set<String> cannotEncrypt) {
		this(allowedTransitions, encryptionRequired, cannotEncrypt, List.of(), List.of(), Map.of(), Map.of());
	}

	/** The same rules with (anti-)affinity groups. */
	public PlacementRules withGroups(List<Set<String>> together, List<Set<String>> apart) {
		return new PlacementRules(allowedTransitions, encryptionRequired, cannotEncrypt, together, apart, hostMips, vmMips);
	}

	/** The same rules with CPU capacities and sizes. */
	public PlacementRules withCpu(Map<String, Double> hosts, Map<String, Double> vms) {
		return new PlacementRules(allowedTransitions, encryptionRequired, cannotEncrypt, affinity, antiAffinity, hosts, vms);
	}

	/** Why {@code vm} does not fit {@code target}'s CPU with {@code used} MIPS already there, or null. */
	Refusal cpuRefusal(String vm, String target, double used) {
		Double capacity = hostMips.get(target);
		Double size = vmMips.get(vm);
		if (capacity == null || size == null || used + size <= capacity) {
			return null;
		}
		return new Refusal.Shortage(Refusal.Resource.CPU, size, Math.max(0, capacity - used), target);
	}

	/** The CPU the VMs on each host take (VMs of unknown size count nothing). */
	Map<String, Double> cpuUsed(Map<String, String> hostOf) {
		Map<String, Double> used = new java.util.HashMap<>();
		hostOf.forEach((vm, host) -> used.merge(host, vmMips.getOrDefault(vm, 0.0), Double::sum));
		return used;
	}

	/**
	 * Why the groups forbid {@code vm} on {@code target}, or null. {@code hostOf} says where every other VM is
	 * now (after the moves planned so far); {@code leaving} are the hosts being emptied, whose VMs do not count
	 * yet: they follow.
	 */
	Refusal groupRefusal(String vm, String target, Map<String, String> hostOf, Set<String> leaving) {
		for (Set<String> group : antiAffinity) {
			if (group.contains(vm)) {
				for (String other : group) {
					if (!other.equals(vm) && target.equals(hostOf.get(other))) {
						return new Refusal.AntiAffinity(other, target);
					}
				}
			}
		}
		for (Set<String> group : affinity) {
			if (group.contains(vm)) {
				for (String other : group) {
					String at = hostOf.get(other);
					if (!other.equals(vm) && at != null && !leaving.contains(at) && !at.equals(target)) {
						return new Refusal.Affinity(other, at);
					}
				}
			}
		}
		return null;
	}

	/** Why {@code vm} may not move from {@code source} to {@code target}, or null when it may. */
	Refusal refusal(Vm vm, Host source, Host target) {
		if (encryptionRequired && (cannotEncrypt.contains(source.name()) || cannotEncrypt.contains(target.name()))) {
			String host = cannotEncrypt.contains(source.name()) ? source.name() : target.name();
			return new Refusal.EncryptionImpossible(host);
		}
		if (target.trustLevel() < vm.securityLevel()) {
			return new Refusal.TrustTooLow(vm.securityLevel(), target.trustLevel(), target.name());
		}
		if (allowedTransitions.isEmpty() || source.zone() == null || source.zone().equals(target.zone())) {
			return null;
		}
		if (target.zone() == null) { // leaving the zones the policy names is no transition it allows
			return new Refusal.ZoneNotAllowed(source.zone(), null, target.name());
		}
		Set<String> allowed = allowedTransitions.getOrDefault(source.zone(), Set.of());
		return allowed.contains(target.zone()) ? null
				: new Refusal.ZoneNotAllowed(source.zone(), target.zone(), target.name());
	}
}
