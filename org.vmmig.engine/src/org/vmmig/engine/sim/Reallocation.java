package org.vmmig.engine.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.vmmig.engine.model.Placement;

/**
 * One scheduling decision of dynamic consolidation (Beloglazov and Buyya, CCPE 2012, §5, in the order of CloudSim
 * 4.0's PowerVmAllocationPolicyMigrationAbstract.optimizeAllocation): the settings' detector finds the overloaded
 * hosts, its selection policy picks the VMs that leave them until they are not, those VMs are placed by the
 * settings' placement rule on hosts they do not overload, then under-utilised hosts are emptied when all their
 * VMs fit elsewhere. Works on tentative placements and restores them; returns the moves in the order chosen.
 */
final class Reallocation {

	/** A VM and the host it is to move to. */
	record Move(VmRuntime vm, HostRuntime target) {
	}

	// The two orders as classes rather than lambdas or Comparator combinators: a run of one policy-day is short
	// enough that linking those at their first use is a measurable part of it.
	/** VMs by request, largest first (ties: as they were). */
	private static final Comparator<VmRuntime> LARGEST_REQUEST_FIRST = new Comparator<>() {
		@Override
		public int compare(VmRuntime a, VmRuntime b) {
			return Double.compare(b.requestedTotal(), a.requestedTotal());
		}
	};
	/** Hosts by utilisation at the step, lowest first, then by index. */
	private static final Comparator<HostRuntime> LEAST_UTILISED_FIRST = new Comparator<>() {
		@Override
		public int compare(HostRuntime a, HostRuntime b) {
			int byUtilisation = Double.compare(a.utilisation, b.utilisation);
			return byUtilisation != 0 ? byUtilisation : Integer.compare(a.index, b.index);
		}
	};

	private final HostRuntime[] hosts;
	private final IdleHosts idleHosts;
	private final SimulationSettings settings;
	private final SplittableRandom random;
	/** The hosts one placement search looks at (reused: a search is never nested in another). */
	private final long[] candidates;
	/** The costs of the hosts one placement search looks at (reused likewise). */
	private final Candidates costs;

	Reallocation(HostRuntime[] hosts, IdleHosts idleHosts, SimulationSettings settings, SplittableRandom random) {
		this.hosts = hosts;
		this.idleHosts = idleHosts;
		this.settings = settings;
		this.random = random;
		this.candidates = idleHosts.emptySet();
		this.costs = new Candidates(hosts.length);
	}

	private boolean on(HostRuntime h) {
		return h.on(settings.rules().idleHostsOff());
	}


	List<Move> optimise() {
		List<HostRuntime> overloaded = overloadedHosts();
		// only a busy host has VMs to keep (IdleHosts#busyHosts): the blank ones keep none
		int[] busyBefore = idleHosts.busyHosts();
		List<List<VmRuntime>> saved = new ArrayList<>(Collections.nCopies(hosts.length, List.of()));
		for (int i : busyBefore) {
			HostRuntime h = hosts[i];
			if (h.vms.isEmpty()) {
				continue;
			}
			List<VmRuntime> keep = new ArrayList<>(h.vms.size());
			for (int at = 0; at < h.vms.size(); at++) {
				VmRuntime vm = h.vms.get(at);
				if (!h.isMigratingIn(vm)) {
					keep.add(vm);
				}
			}
			saved.set(i, keep);
		}
		List<VmRuntime> leaving = new ArrayList<>();
		for (HostRuntime h : overloaded) {
			while (true) {
				VmRuntime vm = select(h);
				if (vm == null) {
					break;
				}
				leaving.add(vm);
				h.remove(vm);
				if (!overloaded(h)) {
					break;
				}
			}
		}
		long[] excluded = idleHosts.emptySet();
		for (HostRuntime h : overloaded) {
			IdleHosts.add(excluded, h.index);
		}
		List<Move> moves = place(leaving, excluded, false);
		moves.addAll(fromUnderUtilised(overloaded));
		// the tentative moves undone: the VMs migrating in first, then those that stay — on each host busy before or
		// now, in index order (one blank before and now has no VM to keep, none to undo)
		for (int i : IdleHosts.union(busyBefore, idleHosts.busyHosts())) {
			HostRuntime h = hosts[i];
			List<VmRuntime> kept = saved.get(i);
			if (h.vms.isEmpty() && kept.isEmpty()) {
				continue;
			}
			ArrayList<VmRuntime> order = new ArrayList<>(h.vms.size() + kept.size());
			for (int at = 0; at < h.vms.size(); at++) {
				VmRuntime vm = h.vms.get(at);
				if (h.isMigratingIn(vm)) {
					order.add(vm);
				}
			}
			order.addAll(kept);
			h.reset(order);
		}
		return moves;
	}

	/**
	 * The hosts the detector finds overloaded, in index order. It is asked about one blank host of each kind only:
	 * to a detector, which sees a host through {@link HostLoad}, all blank hosts of a kind look the same (no CPU
	 * requested of the same capacity, an empty history, no VM to migrate), so they get the same answer. (What the
	 * question leaves in a blank host's caches, empty sums, is what they would be computed as when next asked.) On
	 * the PlanetLab day this is 210,000 fewer questions, each summing and trimming an empty history.
	 */
	private List<HostRuntime> overloadedHosts() {
		List<HostRuntime> overloaded = new ArrayList<>();
		boolean[] blankOverloaded = new boolean[idleHosts.kinds()];
		boolean anyBlankOverloaded = false;
		for (int kind = 0; kind < blankOverloaded.length; kind++) {
			int first = idleHosts.firstBlank(kind);
			if (first >= 0 && overloaded(hosts[first])) {
				blankOverloaded[kind] = true;
				anyBlankOverloaded = true;
			}
		}
		if (!anyBlankOverloaded) { // the usual case: only busy hosts can be overloaded, and they come in index order
			for (int i : idleHosts.busyHosts()) {
				if (overloaded(hosts[i])) {
					overloaded.add(hosts[i]);
				}
			}
			return overloaded;
		}
		for (HostRuntime h : hosts) {
			if (h.isBlank() ? blankOverloaded[idleHosts.kindOf(h.index)] : overloaded(h)) {
				overloaded.add(h);
			}
		}
		return overloaded;
	}

	private List<Move> place(List<VmRuntime> leaving, long[] excluded, boolean allOrNothing) {
		List<VmRuntime> ordered = new ArrayList<>(leaving);
		ordered.sort(LARGEST_REQUEST_FIRST);
		List<Move> moves = new ArrayList<>();
		for (VmRuntime vm : ordered) {
			HostRuntime target = findHost(vm, excluded, false);
			if (target != null) {
				target.add(vm);
				moves.add(new Move(vm, target));
			} else if (allOrNothing) {
				for (Move m : moves) {
					m.target.remove(m.vm);
				}
				moves.clear();
				break;
			}
		}
		return moves;
	}

	private List<Move> fromUnderUtilised(List<HostRuntime> overloaded) {
		List<Move> moves = new ArrayList<>();
		// the hosts that are off are neither sources nor targets: all of them but those on, which are busy now
		boolean[] notSource = new boolean[hosts.length];
		Arrays.fill(notSource, true);
		long[] notTarget = idleHosts.allSet();
		int notSourceCount = hosts.length;
		int[] busy = idleHosts.busyHosts();
		for (int i : busy) {
			if (on(hosts[i])) {
				notSource[i] = false;
				IdleHosts.remove(notTarget, i);
				notSourceCount--;
			}
		}
		for (HostRuntime h : overloaded) {
			if (!notSource[h.index]) {
				notSourceCount++;
			}
			notSource[h.index] = true;
			IdleHosts.add(notTarget, h.index);
		}
		// candidates by utilisation at the step (which tentative placements do not change), lowest first
		List<HostRuntime> byUtilisation = new ArrayList<>();
		for (int i : busy) {
			HostRuntime h = hosts[i];
			if (on(h) && h.utilisation < settings.underloadThreshold()) {
				byUtilisation.add(h);
			}
		}
		byUtilisation.sort(LEAST_UTILISED_FIRST);
		int[] first = { 0 };
		while (notSourceCount < hosts.length) {
			HostRuntime source = leastUtilised(byUtilisation, first, notSource);
			if (source == null) {
				break;
			}
			notSource[source.index] = true;
			IdleHosts.add(notTarget, source.index);
			notSourceCount++;
			List<VmRuntime> leaving = new ArrayList<>();
			for (int at = 0; at < source.vms.size(); at++) {
				VmRuntime vm = source.vms.get(at);
				if (!vm.inMigration()) {
					leaving.add(vm);
				}
			}
			if (leaving.isEmpty()) {
				continue;
			}
			List<Move> placed = place(leaving, notTarget, true);
			for (Move m : placed) {
				if (!notSource[m.target.index]) {
					notSource[m.target.index] = true;
					notSourceCount++;
				}
			}
			moves.addAll(placed);
		}
		return moves;
	}

	/**
	 * The least utilised host not excluded whose VMs are not all leaving (ties: the lowest index). Exclusions
	 * only grow, so the scan resumes after the leading excluded hosts.
	 */
	private HostRuntime leastUtilised(List<HostRuntime> byUtilisation, int[] first, boolean[] excluded) {
		while (first[0] < byUtilisation.size() && excluded[byUtilisation.get(first[0]).index]) {
			first[0]++;
		}
		for (int i = first[0]; i < byUtilisation.size(); i++) {
			HostRuntime h = byUtilisation.get(i);
			if (!excluded[h.index] && !allMigratingOutOrAnyMigratingIn(h)) {
				return h;
			}
		}
		return null;
	}

	private boolean allMigratingOutOrAnyMigratingIn(HostRuntime h) {
		for (int at = 0; at < h.vms.size(); at++) {
			VmRuntime vm = h.vms.get(at);
			if (!vm.inMigration()) {
				return false;
			}
			if (h.isMigratingIn(vm)) {
				return true;
			}
		}
		return true;
	}

	HostRuntime firstFit(VmRuntime vm) {
		for (HostRuntime h : hosts) {
			if (suitable(h, vm, true)) {
				return h;
			}
		}
		return null;
	}

	/**
	 * The suitable host the settings' placement prefers, among those the VM does not overload: power-aware best
	 * fit (the least growth of power, Beloglazov and Buyya's PABFD), best fit (the highest CPU use after),
	 * worst fit (the lowest) or first fit (the first in the model's order); of equal costs the first host wins.
	 * Of the blank hosts only the first of each kind is looked at ({@link IdleHosts}: the others cost the same and
	 * come later).
	 *
	 * <p>CloudSim looks at the hosts in order and checks the overload of each host that costs less than the best so
	 * far; that is the first host of least cost among those not overloaded. The overload check is the expensive
	 * part (a tentative placement and, for the adaptive detectors, quantiles or a regression), so it is made in
	 * order of cost instead ({@link Candidates}): the cheapest host first, the next one only if that is overloaded.
	 * The same host wins, and every host checked here CloudSim's order checks too: on the PlanetLab day under
	 * MAD-MMT-2.5, 75,000 of its detector's calls a day get a history long enough for the quantiles instead of 156,000.
	 */
	HostRuntime findHost(VmRuntime vm, long[] excluded, boolean atStart) {
		Placement placement = settings.placement();
		double requested = vm.requestedTotal();
		boolean memory = atStart || !settings.rules().memoryAtStartOnly();
		boolean firstFit = placement.firstFitWins();
		// what suitable() reads of the VM, read once: the loop below makes no call where it can help it, as the JIT's
		// first tier keeps no value in a register across a call
		double perPe = vm.requestedPerPe, vmMemory = vm.spec.memoryBytes(), vmNic = vm.spec.reservedBytesPerSecond();
		long[] visit = idleHosts.candidates(excluded, candidates);
		costs.clear();
		for (int w = 0; w < visit.length; w++) {
			for (long bits = visit[w]; bits != 0; bits &= bits - 1) {
				HostRuntime h = hosts[(w << 6) + IdleHosts.lowestBit(bits)];
				if (h.peMips < perPe || h.available() < requested || memory && !h.hasRoomFor(vmMemory, vmNic)
						|| h.utilisation > 1) { // suitable(h, vm, requested, memory), then not overloaded already
					continue;
				}
				double used = h.placementMips();
				double after = (used + requested) / h.totalMips;
				if (after > 1) {
					continue;
				}
				if (firstFit) { // the costs grow with the index: the first host not overloaded wins
					if (used == 0 || !overloadedWith(h, vm)) {
						return h;
					}
					continue;
				}
				costs.add(h.index, placement.simulationCost(h.watts, h.power.watts(after), after, h.index));
			}
		}
		while (true) {
			int cheapest = costs.cheapest();
			if (cheapest < 0) {
				return null;
			}
			HostRuntime h = hosts[costs.host(cheapest)];
			// a host that uses no CPU yet cannot be overloaded by one VM that fits (CloudSim does not ask); its
			// placement sum is the one the loop read (an overload check restores the host it changed)
			if (h.placementMips() == 0 || !overloadedWith(h, vm)) {
				return h;
			}
			costs.drop(cheapest);
		}
	}

	private boolean suitable(HostRuntime h, VmRuntime vm, boolean atStart) {
		return suitable(h, vm, vm.requestedTotal(), atStart || !settings.rules().memoryAtStartOnly());
	}

	/**
	 * With what a search asks of every host worked out once: the VM's request, whether memory is checked
	 * ({@link #findHost} has these tests in its loop).
	 */
	private static boolean suitable(HostRuntime h, VmRuntime vm, double requested, boolean memory) {
		return !(h.peMips < vm.requestedPerPe || h.available() < requested)
				&& (!memory || h.hasRoomFor(vm.spec.memoryBytes(), vm.spec.reservedBytesPerSecond()));
	}

	private boolean overloadedWith(HostRuntime h, VmRuntime vm) {
		return h.overloadedWith(vm, settings.detector());
	}

	private boolean overloaded(HostRuntime h) {
		return settings.detector().overloaded(h);
	}

	/** The VM the selection policy moves off {@code h} next, or null when all of them are migrating. */
	private VmRuntime select(HostRuntime h) {
		List<VmRuntime> candidates = new ArrayList<>();
		for (int at = 0; at < h.vms.size(); at++) {
			VmRuntime vm = h.vms.get(at);
			if (!vm.inMigration()) {
				candidates.add(vm);
			}
		}
		return candidates.isEmpty() ? null : candidates.get(settings.selection().select(candidates, random));
	}
}
