package org.vmmig.engine.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.vmmig.engine.model.Placement;

/**
 * Dynamic VM consolidation over time: every scheduling interval the VMs' CPU demand is read from their traces,
 * overloaded hosts shed VMs, under-utilised hosts are emptied when all their VMs fit elsewhere, and empty hosts
 * are switched off; migrations run concurrently until they end.
 *
 * <p>The algorithms are those of Beloglazov and Buyya (CCPE 24(13), 2012, §5): overload detection (static
 * threshold, IQR, MAD, local regression, robust local regression), VM selection (minimum migration time,
 * maximum correlation, random, minimum utilisation) and power-aware best-fit-decreasing placement, in the
 * order and with the details of their implementation in CloudSim 4.0 (PowerVmAllocationPolicyMigrationAbstract,
 * PowerDatacenter), so that its published figures can be reproduced: energy between two events is the
 * trapezoid of the power at both ends, a host at zero utilisation is switched off and draws nothing, a VM
 * loses 10 % of its CPU while it migrates out and costs its target 10 % while it migrates in.
 *
 * <p>Deterministic: same inputs and seed, same result. The run checks {@link Thread#interrupted()} every step
 * and stops with a {@link CancellationException}.
 */
public final class ConsolidationSimulator {

	/** Told after each scheduling step. */
	public interface Progress {
		void step(int done, int total);
	}

	private final HostRuntime[] hosts;
	private final VmRuntime[] vms;
	private final SimulationSettings settings;
	private final SplittableRandom random;
	private final Transfers transfers;

	private double energyWattSeconds;
	private int migrations;
	private int shutdowns;
	private int ended;
	private final List<String> unplaced = new ArrayList<>();

	private ConsolidationSimulator(List<SimHost> hostSpecs, List<SimVm> vmSpecs, SimulationSettings settings) {
		this.settings = settings;
		this.random = new SplittableRandom(settings.seed());
		hosts = new HostRuntime[hostSpecs.size()];
		Map<String, HostRuntime> byName = new HashMap<>();
		for (int i = 0; i < hosts.length; i++) {
			hosts[i] = new HostRuntime(hostSpecs.get(i), i);
			if (byName.put(hosts[i].spec.name(), hosts[i]) != null) {
				throw new IllegalArgumentException("two hosts are named '" + hosts[i].spec.name() + "'");
			}
		}
		vms = new VmRuntime[vmSpecs.size()];
		for (int i = 0; i < vms.length; i++) {
			vms[i] = new VmRuntime(vmSpecs.get(i), i);
		}
		transfers = new Transfers(settings.timing());
		placeInitially(byName);
	}

	public static SimulationResult run(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings) {
		return run(hosts, vms, settings, (done, total) -> {
		});
	}

	public static SimulationResult run(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings,
			Progress progress) {
		if (hosts.isEmpty()) {
			throw new IllegalArgumentException("a simulation needs at least one host");
		}
		return new ConsolidationSimulator(hosts, vms, settings).simulate(progress);
	}

	/** A move one scheduling decision makes. */
	public record Decision(String vm, String source, String target) {
	}

	/**
	 * One scheduling decision, now: the VMs' demand is their first sample, and the policy sheds overloaded hosts
	 * and empties under-utilised ones (power management at one instant). With a single sample the adaptive
	 * detectors use their 70 % fallback. The moves are in the order the policy chose them.
	 */
	public static List<Decision> decide(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings) {
		if (hosts.isEmpty()) {
			throw new IllegalArgumentException("a plan needs at least one host");
		}
		ConsolidationSimulator sim = new ConsolidationSimulator(hosts, vms, settings.withRules(
				settings.rules().withIdleHostsOff(false)));
		for (VmRuntime vm : sim.vms) {
			if (vm.host != null) {
				vm.remember(vm.spec.utilisationAt(0));
			}
		}
		for (HostRuntime h : sim.hosts) {
			sim.updateHost(h, 0);
		}
		List<Decision> decisions = new ArrayList<>();
		for (Move move : sim.new Optimiser().optimise()) {
			decisions.add(new Decision(move.vm.spec.name(), move.vm.host.spec.name(), move.target.spec.name()));
		}
		return decisions;
	}

	// ---------------------------------------------------------------- the time loop

	private SimulationResult simulate(Progress progress) {
		double interval = settings.intervalSeconds();
		double offset = settings.rules().offsetSeconds();
		int steps = (int) Math.ceil((settings.horizonSeconds() - offset) / interval) - 1;
		List<SimulationResult.Step> series = new ArrayList<>(Math.max(0, steps));
		if (!settings.rules().idleHostsOff()) {
			// a host holding VMs is on from the start: measure it at time 0 (CloudSim first measures at the
			// first step, with nothing before)
			for (HostRuntime h : hosts) {
				updateHost(h, 0);
			}
		}
		boolean consolidate = !(settings.detector() instanceof OverloadDetector.None);
		for (int k = 1; k <= steps; k++) {
			if (Thread.interrupted()) {
				throw new CancellationException("stopped at " + (k - 1) * interval + " s");
			}
			double now = offset + k * interval;
			completeMigrationsBefore(now, false);
			for (VmRuntime vm : vms) {
				if (vm.host != null) {
					vm.remember(vm.spec.utilisationAt(now));
				}
			}
			int activeBefore = activeHosts();
			updateAll(now);
			int active = activeHosts();
			if (active < activeBefore) {
				shutdowns += activeBefore - active;
			}
			int started = 0;
			if (consolidate) {
				List<Move> moves = new Optimiser().optimise();
				for (Move move : moves) {
					start(move, now);
				}
				started = moves.size();
				transfers.rebalance(now);
			}
			series.add(snapshot(now, active, started));
			progress.step(k, steps);
		}
		completeMigrationsBefore(settings.horizonSeconds(), true);
		double slatah = 0, total = 0;
		for (HostRuntime h : hosts) {
			slatah += h.overloadedSeconds;
			total += h.activeSeconds;
		}
		double requested = 0, lost = 0;
		for (VmRuntime vm : vms) {
			requested += vm.requestedMipsSeconds;
			lost += vm.lostToMigrationMipsSeconds;
		}
		return new SimulationResult(settings.label(), energyWattSeconds / 3.6e6, migrations,
				total == 0 ? 0 : slatah / total, requested == 0 ? 0 : lost / requested, transfers.downtimeSeconds,
				transfers.bytesMoved, transfers.nonConverging, shutdowns, ended, unplaced, series, transfers.records);
	}

	private SimulationResult.Step snapshot(double now, int active, int started) {
		int running = 0;
		int inFlight = 0;
		int[] onHost = new int[vms.length];
		int[] arriving = new int[vms.length];
		double peakMemory = 0;
		for (HostRuntime h : hosts) {
			for (VmRuntime vm : h.vms) {
				if (h.isMigratingIn(vm)) {
					arriving[vm.index]++;
				} else if (vm.host == h) {
					onHost[vm.index]++;
				} else {
					throw new IllegalStateException("VM " + vm + " is listed on " + h + " but runs on " + vm.host);
				}
			}
			peakMemory = Math.max(peakMemory, h.memoryReserved / h.spec.memoryBytes());
		}
		for (VmRuntime vm : vms) {
			boolean placed = vm.host != null;
			if (onHost[vm.index] != (placed ? 1 : 0) || arriving[vm.index] != (vm.inMigration() ? 1 : 0)) {
				throw new IllegalStateException("VM " + vm + " is lost or duplicated at " + now + " s");
			}
			if (placed) {
				running++;
			}
			if (vm.inMigration()) {
				inFlight++;
			}
		}
		return new SimulationResult.Step(now, active, watts(), started, running, inFlight, peakMemory);
	}

	/** Whether a host draws power: it has VMs, or under CloudSim's rule, its CPU is busy. */
	private boolean on(HostRuntime h) {
		return settings.rules().idleHostsOff() ? h.utilisation > 0 : !h.vms.isEmpty() || !h.replaced.isEmpty();
	}

	private int activeHosts() {
		int n = 0;
		for (HostRuntime h : hosts) {
			if (on(h)) {
				n++;
			}
		}
		return n;
	}

	private double watts() {
		double w = 0;
		for (HostRuntime h : hosts) {
			if (on(h)) {
				w += h.spec.power().watts(h.utilisation);
			}
		}
		return w;
	}

	/** Updates every host at {@code now} and adds the energy since the last update. */
	private void updateAll(double now) {
		for (HostRuntime h : hosts) {
			updateHost(h, now);
		}
		if (settings.rules().idleVmsEnd()) {
			endIdleVms();
		}
	}

	/**
	 * Brings one host up to {@code now}: its VMs' demand, its utilisation, and its energy since it was last
	 * updated — the trapezoid of the power at both ends (CloudSim's PowerDatacenter), nothing while off.
	 */
	private void updateHost(HostRuntime h, double now) {
		for (VmRuntime vm : h.vms) {
			vm.demandAt(now);
		}
		for (VmRuntime vm : h.replaced) {
			vm.demandAt(now);
		}
		double dt = now - h.energyTime;
		double from = h.utilisation;
		boolean wasOn = on(h);
		double to = h.update(now);
		if (dt > 0) {
			if (wasOn) {
				PowerModel power = h.spec.power();
				energyWattSeconds += (power.watts(from) + power.watts(to)) / 2 * dt;
			}
			h.energyTime = now;
		}
	}

	/** CloudSim's rule: a VM that asks for no CPU has finished. */
	private void endIdleVms() {
		for (HostRuntime h : hosts) {
			for (int i = h.vms.size() - 1; i >= 0; i--) {
				VmRuntime vm = h.vms.get(i);
				if (!vm.inMigration() && vm.requestedTotal() == 0 && vm.host == h) {
					h.remove(vm);
					vm.host = null;
					ended++;
				}
			}
		}
	}

	private void completeMigrationsBefore(double limit, boolean inclusive) {
		boolean all = settings.rules().updateAllAtEvents();
		while (true) {
			double end = transfers.nextEnd();
			if (!(inclusive ? end <= limit : end < limit)) {
				return;
			}
			List<Transfers.Transfer> done = transfers.finishAt(end);
			Set<HostRuntime> involved = new LinkedHashSet<>();
			for (Transfers.Transfer t : done) {
				if (t.replaced) {
					involved.add(t.source); // its NIC share frees up
					involved.add(t.target);
				} else {
					involved.add(t.vm.host);
					involved.add(t.vm.migratingTo);
				}
			}
			if (all) {
				updateAll(end);
			} else {
				involved.forEach(h -> updateHost(h, end));
			}
			for (Transfers.Transfer t : done) {
				if (t.replaced) {
					t.target.removeReplaced(t.vm);
				} else {
					finish(t.vm);
				}
			}
			for (HostRuntime h : all ? List.of(hosts) : involved) {
				h.update(end);
			}
			if (settings.rules().idleVmsEnd()) {
				endIdleVms();
			}
			transfers.rebalance(end, involved);
		}
	}

	private void start(Move move, double now) {
		VmRuntime vm = move.vm;
		HostRuntime source = vm.host;
		boolean replanned = vm.migratingTo != null;
		boolean continues = replanned && settings.rules().replannedMovesContinue() && vm.migratingTo != move.target;
		if (replanned) {
			// planned twice in one step (CloudSim does this when an under-utilised host is emptied of a VM it
			// was just given): the later target wins, both migrations count; under CloudSim's rule the first
			// migration goes on too, its target carrying the VM until it ends
			HostRuntime first = vm.migratingTo;
			first.remove(vm);
			if (continues) {
				first.addReplaced(vm);
			}
			first.update(now);
		}
		vm.migratingTo = move.target;
		move.target.add(vm);
		migrations++;
		transfers.begin(vm, source, move.target, now, continues);
		move.target.update(now);
		source.update(now);
	}

	private void finish(VmRuntime vm) {
		HostRuntime source = vm.host;
		HostRuntime target = vm.migratingTo;
		source.remove(vm);
		target.remove(vm);
		vm.migratingTo = null;
		target.add(vm);
		vm.host = target;
	}

	// ---------------------------------------------------------------- initial placement

	private void placeInitially(Map<String, HostRuntime> byName) {
		boolean firstFit = settings.detector() instanceof OverloadDetector.None;
		boolean[] none = new boolean[hosts.length];
		Optimiser optimiser = new Optimiser();
		for (VmRuntime vm : vms) {
			vm.requestedPerPe = vm.spec.mipsPerPe(); // a VM being created asks for all of its CPU
			String wanted = vm.spec.initialHost();
			HostRuntime host;
			if (wanted != null) {
				host = byName.get(wanted);
				if (host == null) {
					throw new IllegalArgumentException("VM '" + vm.spec.name() + "' runs on '" + wanted + "', which is not a host");
				}
			} else {
				host = firstFit ? optimiser.firstFit(vm) : optimiser.findHost(vm, none, true);
			}
			if (host == null) {
				unplaced.add(vm.spec.name());
				continue;
			}
			host.add(vm);
			vm.host = host;
			vm.requestedPerPe = 0; // created; its workload has not started yet
			host.changed();
		}
	}

	// ---------------------------------------------------------------- one scheduling decision

	private record Move(VmRuntime vm, HostRuntime target) {
	}

	/** The reallocation of one scheduling step; works on tentative placements and restores them. */
	private final class Optimiser {

		List<Move> optimise() {
			List<HostRuntime> overloaded = new ArrayList<>();
			for (HostRuntime h : hosts) {
				if (overloaded(h)) {
					overloaded.add(h);
				}
			}
			List<List<VmRuntime>> saved = new ArrayList<>(hosts.length);
			for (HostRuntime h : hosts) {
				List<VmRuntime> keep = new ArrayList<>(h.vms.size());
				for (VmRuntime vm : h.vms) {
					if (!h.isMigratingIn(vm)) {
						keep.add(vm);
					}
				}
				saved.add(keep);
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
			boolean[] excluded = new boolean[hosts.length];
			for (HostRuntime h : overloaded) {
				excluded[h.index] = true;
			}
			List<Move> moves = place(leaving, excluded, false);
			moves.addAll(fromUnderUtilised(overloaded));
			for (HostRuntime h : hosts) {
				List<VmRuntime> arriving = new ArrayList<>();
				for (VmRuntime vm : h.vms) {
					if (h.isMigratingIn(vm)) {
						arriving.add(vm);
					}
				}
				for (VmRuntime vm : List.copyOf(h.vms)) {
					h.remove(vm);
				}
				arriving.forEach(h::add);
				saved.get(h.index).forEach(h::add);
			}
			return moves;
		}

		private List<Move> place(List<VmRuntime> leaving, boolean[] excluded, boolean allOrNothing) {
			List<VmRuntime> ordered = new ArrayList<>(leaving);
			ordered.sort(Comparator.comparingDouble(VmRuntime::requestedTotal).reversed());
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
			boolean[] notSource = new boolean[hosts.length];
			boolean[] notTarget = new boolean[hosts.length];
			int notSourceCount = 0;
			for (HostRuntime h : hosts) {
				if (!on(h)) {
					notSource[h.index] = notTarget[h.index] = true;
					notSourceCount++;
				}
			}
			for (HostRuntime h : overloaded) {
				if (!notSource[h.index]) {
					notSourceCount++;
				}
				notSource[h.index] = notTarget[h.index] = true;
			}
			// candidates by utilisation at the step (which tentative placements do not change), lowest first
			List<HostRuntime> byUtilisation = new ArrayList<>();
			for (HostRuntime h : hosts) {
				if (on(h) && h.utilisation < settings.underloadThreshold()) {
					byUtilisation.add(h);
				}
			}
			byUtilisation.sort(Comparator.comparingDouble((HostRuntime h) -> h.utilisation).thenComparingInt(h -> h.index));
			int[] first = { 0 };
			while (notSourceCount < hosts.length) {
				HostRuntime source = leastUtilised(byUtilisation, first, notSource);
				if (source == null) {
					break;
				}
				notSource[source.index] = notTarget[source.index] = true;
				notSourceCount++;
				List<VmRuntime> leaving = new ArrayList<>();
				for (VmRuntime vm : source.vms) {
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
			for (VmRuntime vm : h.vms) {
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
		 * worst fit (the lowest) or first fit (the first in the model's order). The overload check is the expensive
		 * part, so it runs only for a host that would win.
		 */
		HostRuntime findHost(VmRuntime vm, boolean[] excluded, boolean atStart) {
			double minIncrease = Double.MAX_VALUE;
			HostRuntime best = null;
			Placement placement = settings.placement();
			for (HostRuntime h : hosts) {
				if (excluded[h.index] || !suitable(h, vm, atStart) || h.utilisation > 1) {
					continue;
				}
				double used = h.placementMips();
				double after = (used + vm.requestedTotal()) / h.totalMips;
				if (after > 1) {
					continue;
				}
				double increase = switch (placement) {
				case POWER_AWARE_BEST_FIT -> h.spec.power().watts(after) - h.spec.power().watts(h.utilisation);
				case BEST_FIT -> -after;
				case WORST_FIT -> after;
				case FIRST_FIT -> h.index;
				};
				if (increase < minIncrease && (used == 0 || !overloadedWith(h, vm))) {
					minIncrease = increase;
					best = h;
					if (placement == Placement.FIRST_FIT) {
						break;
					}
				}
			}
			return best;
		}

		private boolean suitable(HostRuntime h, VmRuntime vm, boolean atStart) {
			if (h.spec.peMips() < vm.requestedPerPe || h.available() < vm.requestedTotal()) {
				return false;
			}
			if (atStart || !settings.rules().memoryAtStartOnly()) {
				return h.memoryReserved + vm.spec.memoryBytes() <= h.spec.memoryBytes()
						&& h.bandwidthReserved + vm.spec.reservedBitsPerSecond() <= h.spec.nicBitsPerSecond();
			}
			return true;
		}

		private boolean overloadedWith(HostRuntime h, VmRuntime vm) {
			h.add(vm);
			boolean result = overloaded(h);
			h.remove(vm);
			return result;
		}
	}

	// ---------------------------------------------------------------- detection and selection

	private boolean overloaded(HostRuntime h) {
		double utilisation = h.requestedMips() / h.totalMips;
		return switch (settings.detector()) {
			case OverloadDetector.None n -> false;
			case OverloadDetector.StaticThreshold t -> utilisation > t.threshold();
			case OverloadDetector.InterQuartileRange iqr -> {
				double[] history = h.utilisationHistory();
				yield history.length >= OverloadDetector.MIN_HISTORY_FOR_SPREAD
						? utilisation > 1 - iqr.safety() * Stats.iqr(history)
						: utilisation > OverloadDetector.FALLBACK_THRESHOLD;
			}
			case OverloadDetector.MedianAbsoluteDeviation mad -> {
				double[] history = h.utilisationHistory();
				yield history.length >= OverloadDetector.MIN_HISTORY_FOR_SPREAD
						? utilisation > 1 - mad.safety() * Stats.mad(history)
						: utilisation > OverloadDetector.FALLBACK_THRESHOLD;
			}
			case OverloadDetector.LocalRegression lr -> {
				double[] history = h.utilisationHistory();
				int n = OverloadDetector.REGRESSION_WINDOW;
				if (history.length < n) {
					yield utilisation > OverloadDetector.FALLBACK_THRESHOLD;
				}
				double[] x = new double[n];
				double[] y = new double[n];
				for (int i = 0; i < n; i++) {
					x[i] = i + 1;
					y[i] = history[n - 1 - i]; // oldest first
				}
				double[] line = lr.robust() ? Stats.robustLine(x, y) : Stats.line(x, y, ones(n));
				double ahead = Math.ceil(longestMigrationSeconds(h) / settings.intervalSeconds());
				yield lr.safety() * (line[0] + line[1] * (n + ahead)) >= 1;
			}
		};
	}

	private static double[] ones(int n) {
		double[] w = new double[n];
		java.util.Arrays.fill(w, 1);
		return w;
	}

	/** The time the largest VM of the host would take to leave it, at the NIC share migrations may use. */
	private double longestMigrationSeconds(HostRuntime h) {
		double largest = 0;
		for (VmRuntime vm : h.vms) {
			largest = Math.max(largest, vm.spec.memoryBytes());
		}
		return largest / (h.spec.nicBitsPerSecond() / 8 * transfers.nicShare());
	}

	private VmRuntime select(HostRuntime h) {
		List<VmRuntime> candidates = new ArrayList<>();
		for (VmRuntime vm : h.vms) {
			if (!vm.inMigration()) {
				candidates.add(vm);
			}
		}
		if (candidates.isEmpty()) {
			return null;
		}
		return switch (settings.selection()) {
			case MINIMUM_MIGRATION_TIME -> minimumMemory(candidates);
			case MINIMUM_UTILISATION -> {
				VmRuntime best = null;
				double min = Double.MAX_VALUE;
				for (VmRuntime vm : candidates) {
					double u = vm.requestedTotal() / vm.spec.totalMips();
					if (u < min) {
						min = u;
						best = vm;
					}
				}
				yield best;
			}
			case RANDOM -> candidates.get(random.nextInt(candidates.size()));
			case MAXIMUM_CORRELATION -> maximumCorrelation(candidates);
		};
	}

	private static VmRuntime minimumMemory(List<VmRuntime> candidates) {
		VmRuntime best = null;
		double min = Double.MAX_VALUE;
		for (VmRuntime vm : candidates) {
			if (vm.spec.memoryBytes() < min) {
				min = vm.spec.memoryBytes();
				best = vm;
			}
		}
		return best;
	}

	/**
	 * The VM whose recent utilisation the other VMs' explain best (highest R² of a multiple regression on
	 * them); when the regression cannot be computed, minimum migration time decides, as in CloudSim.
	 */
	private static VmRuntime maximumCorrelation(List<VmRuntime> candidates) {
		int n = candidates.size();
		int m = Integer.MAX_VALUE;
		for (VmRuntime vm : candidates) {
			m = Math.min(m, vm.historySize);
		}
		double[][] data = new double[n][];
		for (int i = 0; i < n; i++) {
			data[i] = java.util.Arrays.copyOf(candidates.get(i).history, m);
		}
		double max = Double.MIN_VALUE;
		int best = 0;
		try {
			for (int i = 0; i < n; i++) {
				double[][] others = new double[n - 1][];
				for (int j = 0, k = 0; j < n; j++) {
					if (j != i) {
						others[k++] = data[j];
					}
				}
				double r2 = Stats.rSquared(data[i], others);
				if (r2 > max) {
					max = r2;
					best = i;
				}
			}
		} catch (IllegalArgumentException cannotRegress) {
			return minimumMemory(candidates);
		}
		return candidates.get(best);
	}
}
