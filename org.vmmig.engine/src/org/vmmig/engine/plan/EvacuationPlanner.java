package org.vmmig.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Vm;

/**
 * Maintenance evacuation: moves every VM off one host. VMs are placed largest first, each on the host the
 * policy prefers ({@link TargetRanking}: by default the one with the least free memory that still fits it,
 * best-fit decreasing, which keeps large holes for large VMs) among the hosts reachable over a network and
 * allowed by the security rules; the {@link MigrationScheduler}
 * then times the moves within the concurrency limits, sharing bandwidth max-min fairly. Deterministic: ties
 * are broken by name.
 */
public final class EvacuationPlanner {

	private static final Comparator<Vm> LARGEST_FIRST = Comparator.comparingDouble(Vm::memoryBytes).reversed()
			.thenComparing(Vm::name);

	private final MigrationModel model;

	public EvacuationPlanner(MigrationModel model) {
		this.model = model;
	}

	public Plan evacuate(DataCenter dc, String hostName, MigrationPolicy policy) {
		return evacuate(dc, List.of(hostName), policy, PlacementRules.NONE);
	}

	public Plan evacuate(DataCenter dc, String hostName, MigrationPolicy policy, PlacementRules rules) {
		return evacuate(dc, List.of(hostName), policy, rules);
	}

	/** Empties every host of {@code hostNames} (none of them receives VMs), one migration per host at a time. */
	public Plan evacuate(DataCenter dc, List<String> hostNames, MigrationPolicy policy, PlacementRules rules) {
		return evacuate(dc, hostNames, policy, rules, ConcurrencyLimits.DEFAULT);
	}

	/** Empties every host of {@code hostNames} (none of them receives VMs) within the concurrency limits. */
	public Plan evacuate(DataCenter dc, List<String> hostNames, MigrationPolicy policy, PlacementRules rules,
			ConcurrencyLimits limits) {
		return evacuate(dc, hostNames, policy, rules, limits, TargetRanking.DEFAULT);
	}

	/**
	 * Empties every host of {@code hostNames} (none of them receives VMs) within the concurrency limits; among the
	 * hosts a VM may move to and fits, {@code ranking} says which it prefers (the policy's objective and placement).
	 */
	public Plan evacuate(DataCenter dc, List<String> hostNames, MigrationPolicy policy, PlacementRules rules,
			ConcurrencyLimits limits, TargetRanking ranking) {
		Map<String, Host> sources = new LinkedHashMap<>();
		for (String name : hostNames) {
			sources.put(name, dc.host(name)
					.orElseThrow(() -> new IllegalArgumentException("there is no host named '" + name + "'")));
		}
		Map<String, Double> freeBefore = freeMemory(dc);
		Map<Host, Double> free = new LinkedHashMap<>();
		dc.hosts().stream().filter(h -> !sources.containsKey(h.name())).sorted(Comparator.comparing(Host::name))
				.forEach(h -> free.put(h, freeBefore.get(h.name())));
		Map<String, String> hostOf = new java.util.HashMap<>();
		for (Vm vm : dc.vms()) {
			hostOf.put(vm.name(), vm.hostName());
		}
		Map<String, Double> cpuUsed = rules.cpuUsed(hostOf);
		Map<String, Integer> vmsOn = new java.util.HashMap<>();
		hostOf.values().forEach(h -> vmsOn.merge(h, 1, Integer::sum));
		Map<String, Integer> modelOrder = new java.util.HashMap<>();
		for (Host h : dc.hosts()) {
			modelOrder.putIfAbsent(h.name(), modelOrder.size());
		}
		List<MigrationScheduler.Request> requests = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		List<Vm> leaving = dc.vms().stream().filter(vm -> sources.containsKey(vm.hostName())).sorted(LARGEST_FIRST)
				.toList();
		for (Vm vm : leaving) {
			Host source = sources.get(vm.hostName());
			Set<String> reachable = reachableFrom(dc, source.name());
			Map<Host, Double> permitted = new LinkedHashMap<>();
			boolean anyReachable = false;
			Refusal refusal = null;
			for (Map.Entry<Host, Double> candidate : free.entrySet()) {
				if (!reachable.contains(candidate.getKey().name())) {
					continue;
				}
				anyReachable = true;
				Refusal why = rules.refusal(vm, source, candidate.getKey());
				if (why == null) {
					why = rules.groupRefusal(vm.name(), candidate.getKey().name(), hostOf, sources.keySet());
				}
				if (why == null) {
					why = rules.cpuRefusal(vm.name(), candidate.getKey().name(), cpuUsed.getOrDefault(candidate.getKey().name(), 0.0));
				}
				if (why == null) {
					permitted.put(candidate.getKey(), candidate.getValue());
				} else if (refusal == null) {
					refusal = why;
				}
			}
			if (permitted.isEmpty()) {
				unplaced.add(new Unplaced(vm.name(), !anyReachable ? new Refusal.NoNetwork(source.name(), null)
						: new Refusal.NoPermittedHost(refusal)));
				continue;
			}
			Optional<Host> target = permitted.entrySet().stream().filter(e -> e.getValue() >= vm.memoryBytes())
					.min(ranking.order(vm, source, hostOf, vmsOn, modelOrder)).map(Map.Entry::getKey);
			if (target.isEmpty()) {
				unplaced.add(new Unplaced(vm.name(), noRoomReason(vm, permitted)));
				continue;
			}
			Network network = network(dc, source, target.get()).orElseThrow(); // reachable by construction
			requests.add(new MigrationScheduler.Request(vm, source, target.get(), network,
					path(dc, network, source, target.get(), vm)));
			free.merge(target.get(), -vm.memoryBytes(), Double::sum);
			hostOf.put(vm.name(), target.get().name());
			vmsOn.merge(target.get().name(), 1, Integer::sum);
			cpuUsed.merge(target.get().name(), rules.vmMips().getOrDefault(vm.name(), 0.0), Double::sum);
		}
		MigrationScheduler.Schedule schedule = new MigrationScheduler(model).schedule(requests, freeBefore, policy, limits);
		unplaced.addAll(schedule.blocked());
		return new Plan(List.copyOf(sources.keySet()), schedule.migrations(), unplaced);
	}

	/** The hosts sharing a network with {@code hostName}. */
	private static Set<String> reachableFrom(DataCenter dc, String hostName) {
		return dc.networks().stream().filter(n -> n.hostNames().contains(hostName))
				.flatMap(n -> n.hostNames().stream()).collect(Collectors.toSet());
	}

	private static Refusal noRoomReason(Vm vm, Map<Host, Double> free) {
		return free.entrySet().stream()
				.max(Map.Entry.<Host, Double>comparingByValue()
						.thenComparing(e -> e.getKey().name(), Comparator.reverseOrder()))
				.<Refusal>map(e -> new Refusal.Shortage(Refusal.Resource.MEMORY, vm.memoryBytes(),
						Math.max(0, e.getValue()), e.getKey().name()))
				.orElseThrow(); // permitted hosts, never none: a VM with none is refused before
	}

	/**
	 * The move of {@code vm} from {@code source} to {@code target} over the fastest network joining them, or
	 * empty when no network does.
	 */
	public static Optional<MigrationScheduler.Request> request(DataCenter dc, Vm vm, Host source, Host target) {
		return network(dc, source, target)
				.map(n -> new MigrationScheduler.Request(vm, source, target, n, path(dc, n, source, target, vm)));
	}

	/** Each host's free memory (bytes) with the VMs where they are; one pass over the VMs (there are 10^5). */
	public static Map<String, Double> freeMemory(DataCenter dc) {
		Map<String, Double> used = dc.vms().stream()
				.collect(Collectors.groupingBy(Vm::hostName, Collectors.summingDouble(Vm::memoryBytes)));
		Map<String, Double> free = new LinkedHashMap<>();
		for (Host h : dc.hosts()) {
			free.put(h.name(), h.memoryBytes() - used.getOrDefault(h.name(), 0.0));
		}
		return free;
	}

	/** The fastest network joining two hosts. */
	private static Optional<Network> network(DataCenter dc, Host from, Host to) {
		return dc.networks().stream().filter(n -> n.connects(from.name(), to.name()))
				.max(Comparator.comparingDouble(Network::bandwidthBytesPerSecond).thenComparing(Network::name,
						Comparator.reverseOrder()));
	}

	/**
	 * The path over a network, bottlenecked by both NICs; its round trip is twice the network's latency. A network
	 * whose kind the model leaves open is a WAN between hosts of two different sites (trusted only when marked so).
	 * A disk in a shared storage pool stays when both hosts reach the pool; otherwise it is copied, no faster than
	 * its pool reads.
	 */
	private static MigrationPath path(DataCenter dc, Network n, Host from, Host to, Vm vm) {
		boolean crossesSites = n.kindOpen() && from.site() != null && to.site() != null && !from.site().equals(to.site());
		boolean wan = n.wan() || crossesSites;
		boolean trusted = crossesSites ? n.markedTrusted() : n.trusted();
		boolean diskStays = vm.sharedStorage();
		double storageRate = Double.POSITIVE_INFINITY;
		var pool = dc.pool(vm.storagePool());
		if (pool.isPresent()) {
			diskStays = pool.get().shared() && pool.get().name().equals(from.storagePool())
					&& pool.get().name().equals(to.storagePool());
			storageRate = pool.get().bandwidthBytesPerSecond();
		}
		return new MigrationPath(
				Math.min(n.bandwidthBytesPerSecond(), Math.min(from.nicBytesPerSecond(), to.nicBytesPerSecond())),
				2 * n.latencySeconds(), n.lossRate(), diskStays, trusted, wan, storageRate);
	}
}
