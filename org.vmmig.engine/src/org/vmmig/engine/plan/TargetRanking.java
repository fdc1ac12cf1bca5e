package org.vmmig.engine.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.Objective;
import org.vmmig.engine.model.Placement;
import org.vmmig.engine.model.Vm;

/**
 * Which of the hosts a VM may move to (and fits) an evacuation prefers: first what the policy's objective asks
 * for, then its placement rule, then the host's name (so plans are deterministic).
 *
 * <ul>
 * <li>fault tolerance: hosts in another site than the source first, then in another storage pool — a failure
 * that takes a site or a pool down does not take the VM with it;</li>
 * <li>power management: hosts already running VMs first (switching one on costs its idle power);</li>
 * <li>resource sharing: the host holding most of the VM's group peers first (they talk to each other);</li>
 * <li>load balancing and maintenance: nothing beyond their placement.</li>
 * </ul>
 *
 * @param placement the placement rule; null: the objective's default
 * @param objective why the policy migrates; null: none given (maintenance's best fit)
 * @param siteOf    each host's site, where the model gives one
 * @param poolOf    each host's storage pool, where the model gives one
 * @param groups    the VMs' groups (affinity, anti-affinity or neither): peers that communicate
 */
public record TargetRanking(Placement placement, Objective objective, Map<String, String> siteOf,
		Map<String, String> poolOf, List<Set<String>> groups) {

	/** Best fit, no objective: the planner's behaviour when a policy says nothing. */
	public static final TargetRanking DEFAULT = new TargetRanking(null, null, Map.of(), Map.of(), List.of());

	public TargetRanking {
		siteOf = Map.copyOf(siteOf);
		poolOf = Map.copyOf(poolOf);
		groups = groups.stream().map(Set::copyOf).toList();
	}

	/** The placement rule in force: the given one, or the objective's, or best fit. */
	public Placement effectivePlacement() {
		if (placement != null) {
			return placement;
		}
		return objective == null ? Placement.BEST_FIT : objective.defaultPlacement();
	}

	/**
	 * The order of preference among candidate targets (each with its free memory) for {@code vm} leaving
	 * {@code source}, given where every VM is now ({@code hostOf}), how many VMs each host runs now and the model's
	 * order of hosts. Evacuations rank thousands of hosts per VM: the comparators read the entry, never hash a host.
	 */
	Comparator<Map.Entry<Host, Double>> order(Vm vm, Host source, Map<String, String> hostOf,
			Map<String, Integer> vmsOn, Map<String, Integer> modelOrder) {
		Comparator<Map.Entry<Host, Double>> byFit = effectivePlacement().evacuationOrder(
				h -> modelOrder.getOrDefault(h.name(), Integer.MAX_VALUE), h -> running(h, vmsOn));
		Comparator<Map.Entry<Host, Double>> byName = Comparator.comparing(e -> e.getKey().name());
		if (objective == Objective.FAULT_TOLERANCE) {
			return Comparator.<Map.Entry<Host, Double>>comparingInt(e -> same(siteOf, e.getKey(), source))
					.thenComparingInt(e -> same(poolOf, e.getKey(), source)).thenComparing(byFit).thenComparing(byName);
		}
		if (objective == Objective.POWER_MANAGEMENT) {
			return Comparator.<Map.Entry<Host, Double>>comparingInt(e -> running(e.getKey(), vmsOn)).thenComparing(byFit)
					.thenComparing(byName);
		}
		if (objective == Objective.RESOURCE_SHARING) {
			return Comparator.<Map.Entry<Host, Double>>comparingInt(e -> -peersOn(vm, e.getKey(), hostOf))
					.thenComparing(byFit).thenComparing(byName);
		}
		return byFit.thenComparing(byName);
	}

	/** 0 for a host already running VMs, 1 for an idle one. */
	private static int running(Host host, Map<String, Integer> vmsOn) {
		return vmsOn.getOrDefault(host.name(), 0) > 0 ? 0 : 1;
	}

	/** 1 when both hosts are known to share the site (or pool), else 0. */
	private static int same(Map<String, String> where, Host a, Host b) {
		String x = where.get(a.name());
		return x != null && Objects.equals(x, where.get(b.name())) ? 1 : 0;
	}

	private int peersOn(Vm vm, Host host, Map<String, String> hostOf) {
		int peers = 0;
		for (Set<String> group : groups) {
			if (group.contains(vm.name())) {
				for (String other : group) {
					if (!other.equals(vm.name()) && host.name().equals(hostOf.get(other))) {
						peers++;
					}
				}
			}
		}
		return peers;
	}
}
