package org.vmmig.engine.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Load balancing at one instant: while the busiest host's CPU utilisation is more than {@code margin} above the
 * data centre's mean, one of its VMs moves to the least busy host that has the memory for it — but only if the
 * move leaves both hosts less busy than the source was, so every move narrows the spread and the loop ends.
 * The VM tried first is the one with the highest volume-to-size ratio (Wood et al., "Black-box and gray-box
 * strategies for virtual machine migration", NSDI 2007 — Sandpiper: volume = 1 / ((1 − cpu)(1 − mem)), size =
 * memory), which moves the most load per byte copied. VMs run at their first CPU sample; deterministic: ties go
 * to the lower index.
 */
public final class LoadBalancer {

	/** How far above the mean utilisation a host may be before it sheds load. */
	public static final double DEFAULT_MARGIN = 0.1;

	private LoadBalancer() {
	}

	public static List<ConsolidationSimulator.Decision> decide(List<SimHost> hosts, List<SimVm> vms, double margin) {
		return moves(hosts, vms, margin).stream().map(ConsolidationSimulator.Move::decision).toList();
	}

	/** {@link #decide}'s moves with the caller's VMs and hosts. */
	public static List<ConsolidationSimulator.Move> moves(List<SimHost> hosts, List<SimVm> vms, double margin) {
		int n = hosts.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(hosts.get(i).name(), i);
		}
		double[] cpu = new double[n];
		double[] memory = new double[n];
		List<List<SimVm>> on = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			on.add(new ArrayList<>());
		}
		double demand = 0, capacity = 0;
		for (SimVm vm : vms) {
			Integer h = vm.initialHost() == null ? null : index.get(vm.initialHost());
			if (h == null) {
				continue;
			}
			double mips = vm.utilisationAt(0) * vm.totalMips();
			cpu[h] += mips;
			memory[h] += vm.memoryBytes();
			on.get(h).add(vm);
			demand += mips;
		}
		for (SimHost h : hosts) {
			capacity += h.totalMips();
		}
		double mean = demand / capacity;
		boolean[] settled = new boolean[n];
		List<ConsolidationSimulator.Move> decisions = new ArrayList<>();
		for (int guard = 0; guard <= vms.size() * n; guard++) {
			int hot = -1;
			for (int i = 0; i < n; i++) {
				if (!settled[i] && (hot < 0 || util(cpu, hosts, i) > util(cpu, hosts, hot))) {
					hot = i;
				}
			}
			if (hot < 0 || util(cpu, hosts, hot) - mean <= margin) {
				break;
			}
			final int source = hot;
			List<SimVm> candidates = new ArrayList<>(on.get(source));
			candidates.sort(Comparator.comparingDouble((SimVm vm) -> -volumeToSize(vm, hosts.get(source))));
			boolean moved = false;
			for (SimVm vm : candidates) {
				double mips = vm.utilisationAt(0) * vm.totalMips();
				double sourceAfter = (cpu[source] - mips) / hosts.get(source).totalMips();
				int target = -1;
				for (int t = 0; t < n; t++) {
					if (t == source || memory[t] + vm.memoryBytes() > hosts.get(t).memoryBytes()
							|| hosts.get(t).peMips() < vm.mipsPerPe()) {
						continue;
					}
					if (target < 0 || util(cpu, hosts, t) < util(cpu, hosts, target)) {
						target = t;
					}
				}
				if (target >= 0 && (cpu[target] + mips) / hosts.get(target).totalMips() < util(cpu, hosts, source)
						&& sourceAfter < util(cpu, hosts, source) && mips > 0) {
					cpu[source] -= mips;
					memory[source] -= vm.memoryBytes();
					on.get(source).remove(vm);
					cpu[target] += mips;
					memory[target] += vm.memoryBytes();
					on.get(target).add(vm);
					decisions.add(new ConsolidationSimulator.Move(vm, hosts.get(source), hosts.get(target)));
					moved = true;
					break;
				}
			}
			if (!moved) {
				settled[source] = true; // nothing it holds can go anywhere that helps
			}
		}
		return decisions;
	}

	private static double util(double[] cpu, List<SimHost> hosts, int i) {
		return cpu[i] / hosts.get(i).totalMips();
	}

	private static double volumeToSize(SimVm vm, SimHost host) {
		double c = Math.min(0.99, vm.utilisationAt(0) * vm.totalMips() / host.totalMips());
		double m = Math.min(0.99, vm.memoryBytes() / host.memoryBytes());
		return 1 / ((1 - c) * (1 - m)) / vm.memoryBytes();
	}
}
