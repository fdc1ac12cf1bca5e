package org.vmmig.engine.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;


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
 * <p>This class is the time loop (demand, energy, migrations starting and ending, the measurements); one
 * scheduling decision is {@link Reallocation}, which asks the settings' strategies — {@link OverloadDetector},
 * {@link VmSelection}, {@link org.vmmig.engine.model.Placement} — and knows none of them by name.
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
	private final IdleHosts idleHosts;
	private final VmRuntime[] vms;
	private final SimulationSettings settings;
	private final SplittableRandom random;
	private final MigrationsInFlight transfers;
	/** The last trace position worked out ({@link #position}). */
	private TracePosition position = TracePosition.of(0, 1);
	/** The time of the last {@link #updateAll}: every host's energy clock is at least there ({@link #updateHost}). */
	private double lastPass = Double.NEGATIVE_INFINITY;
	/**
	 * False only while no VM on a host's list asks for no CPU, so that {@link #endIdleVms} would find none: set when
	 * such a demand is read (or given, at the start), cleared by a pass of endIdleVms that left none behind.
	 */
	private boolean idleVmsPlaced = true;

	private double energyWattSeconds;
	private int migrations;
	private int shutdowns;
	private int ended;
	/** VMs placed on a host, and those of them migrating (checkBooks checks the counts). */
	private int running, inFlight;
	private final List<String> unplaced = new ArrayList<>();

	private ConsolidationSimulator(List<SimHost> hostSpecs, List<SimVm> vmSpecs, SimulationSettings settings) {
		this.settings = settings;
		this.random = new SplittableRandom(settings.seed());
		hosts = new HostRuntime[hostSpecs.size()];
		idleHosts = new IdleHosts(hostSpecs.toArray(new SimHost[0]));
		Map<String, HostRuntime> byName = new HashMap<>();
		for (int i = 0; i < hosts.length; i++) {
			hosts[i] = new HostRuntime(hostSpecs.get(i), i, settings.timing().nicShare(), settings.intervalSeconds(),
					idleHosts);
			if (byName.put(hosts[i].spec.name(), hosts[i]) != null) {
				throw new IllegalArgumentException("two hosts are named '" + hosts[i].spec.name() + "'");
			}
		}
		vms = new VmRuntime[vmSpecs.size()];
		for (int i = 0; i < vms.length; i++) {
			vms[i] = new VmRuntime(vmSpecs.get(i), i);
		}
		transfers = new MigrationsInFlight(settings.timing());
		placeInitially(byName);
	}

	public static TimeSimulationResult run(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings) {
		return run(hosts, vms, settings, (done, total) -> {
		});
	}

	public static TimeSimulationResult run(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings,
			Progress progress) {
		if (hosts.isEmpty()) {
			throw new IllegalArgumentException("a simulation needs at least one host");
		}
		return new ConsolidationSimulator(hosts, vms, settings).simulate(progress);
	}

	/** A move one scheduling decision makes, by name (as a result shows it). */
	public record Decision(String vm, String source, String target) {
	}

	/**
	 * A move one scheduling decision makes: the caller's own VM and hosts, which hold the planner's {@code Vm} and
	 * {@code Host}, so a planner schedules it without looking anything up by name.
	 */
	public record Move(SimVm vm, SimHost source, SimHost target) {

		public Decision decision() {
			return new Decision(vm.name(), source.name(), target.name());
		}
	}

	/**
	 * One scheduling decision, now: the VMs' demand is their first sample, and the policy sheds overloaded hosts
	 * and empties under-utilised ones (power management at one instant). With a single sample the adaptive
	 * detectors use their 70 % fallback. The moves are in the order the policy chose them.
	 */
	public static List<Decision> decide(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings) {
		return moves(hosts, vms, settings).stream().map(Move::decision).toList();
	}

	/** {@link #decide}'s moves with the caller's VMs and hosts. */
	public static List<Move> moves(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings) {
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
			h.historiesChanged();
		}
		for (HostRuntime h : sim.hosts) {
			sim.updateHost(h, 0);
		}
		List<Move> moves = new ArrayList<>();
		for (Reallocation.Move move : new Reallocation(sim.hosts, sim.idleHosts, sim.settings, sim.random).optimise()) {
			moves.add(new Move(move.vm().spec, move.vm().host.spec, move.target().spec));
		}
		return moves;
	}

	// ---------------------------------------------------------------- the time loop

	private TimeSimulationResult simulate(Progress progress) {
		double interval = settings.intervalSeconds();
		double offset = settings.rules().offsetSeconds();
		int steps = (int) Math.ceil((settings.horizonSeconds() - offset) / interval) - 1;
		List<TimeSimulationResult.Step> series = new ArrayList<>(Math.max(0, steps));
		if (!settings.rules().idleHostsOff()) {
			// a host holding VMs is on from the start: measure it at time 0 (CloudSim first measures at the
			// first step, with nothing before)
			for (HostRuntime h : hosts) {
				updateHost(h, 0);
			}
		}
		boolean consolidate = settings.detector().consolidates();
		for (int k = 1; k <= steps; k++) {
			if (Thread.interrupted()) {
				throw new CancellationException("stopped at " + (k - 1) * interval + " s");
			}
			double now = offset + k * interval;
			completeMigrationsBefore(now, false);
			for (VmRuntime vm : vms) {
				if (vm.host != null) {
					vm.remember(vm.spec.utilisationAt(position(now, vm)));
				}
			}
			for (int i : idleHosts.busyHosts()) { // a blank host's sums are of no VM: no history in them
				hosts[i].historiesChanged();
			}
			int activeBefore = activeHosts();
			updateAll(now);
			int active = activeHosts();
			if (active < activeBefore) {
				shutdowns += activeBefore - active;
			}
			int started = 0;
			if (consolidate) {
				List<Reallocation.Move> moves = new Reallocation(hosts, idleHosts, settings, random).optimise();
				List<HostRuntime> touched = new ArrayList<>();
				for (Reallocation.Move move : moves) {
					start(move, now, touched);
				}
				// Every host was updated at this time (updateAll), and an update at the same time replaces the state
				// the last one booked without booking anything: one update of each host the moves changed, after all
				// of them, leaves what an update after each move would. Nothing reads the hosts in between.
				for (HostRuntime h : touched) {
					if (!h.upToDate(now)) {
						h.update(now);
					}
				}
				started = moves.size();
				transfers.rebalance(now);
			}
			series.add(snapshot(now, active, started));
			progress.step(k, steps);
		}
		completeMigrationsBefore(settings.horizonSeconds(), true);
		checkBooks(settings.horizonSeconds());
		return result(series);
	}

	/** What the run measured: energy, migrations, SLATAH and PDM (Beloglazov and Buyya, CCPE 2012, §6.2), … */
	private TimeSimulationResult result(List<TimeSimulationResult.Step> series) {
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
		return new TimeSimulationResult(settings.label(), energyWattSeconds, migrations,
				total == 0 ? 0 : slatah / total, requested == 0 ? 0 : lost / requested, transfers.downtimeSeconds,
				transfers.bytesMoved, transfers.nonConverging, shutdowns, ended, unplaced, series, transfers.records);
	}

	private TimeSimulationResult.Step snapshot(double now, int active, int started) {
		assert checkBooks(now);
		double peakMemory = 0;
		for (int i : idleHosts.busyHosts()) { // a blank host has no memory reserved
			HostRuntime h = hosts[i];
			peakMemory = Math.max(peakMemory, h.memoryReserved / h.spec.memoryBytes());
		}
		return new TimeSimulationResult.Step(now, active, watts(), started, running, inFlight, peakMemory);
	}

	/**
	 * The engine's check of its own books: every VM is on the list of the host it runs on and, while it migrates,
	 * of its target, once each, and nowhere else; {@link #running} and {@link #inFlight} count them. Made after every
	 * step when assertions are on (the tests), and at the end of every run: a pass over every VM and host each step
	 * was a tenth of a short run's time.
	 *
	 * @return true (so that it can be asserted); a broken book throws an IllegalStateException
	 */
	private boolean checkBooks(double now) {
		int placed = 0;
		int migrating = 0;
		int[] onHost = new int[vms.length];
		int[] arriving = new int[vms.length];
		for (HostRuntime h : hosts) {
			for (int at = 0; at < h.vms.size(); at++) {
				VmRuntime vm = h.vms.get(at);
				if (h.isMigratingIn(vm)) {
					arriving[vm.index]++;
				} else if (vm.host == h) {
					onHost[vm.index]++;
				} else {
					throw new IllegalStateException("VM " + vm + " is listed on " + h + " but runs on " + vm.host);
				}
			}
		}
		for (VmRuntime vm : vms) {
			if (onHost[vm.index] != (vm.host != null ? 1 : 0) || arriving[vm.index] != (vm.inMigration() ? 1 : 0)) {
				throw new IllegalStateException("VM " + vm + " is lost or duplicated at " + now + " s");
			}
			placed += vm.host != null ? 1 : 0;
			migrating += vm.inMigration() ? 1 : 0;
		}
		if (placed != running || migrating != inFlight) {
			throw new IllegalStateException("at " + now + " s " + placed + " VMs run and " + migrating + " migrate, but "
					+ running + " and " + inFlight + " are counted");
		}
		return true;
	}

	/** Whether a host draws power: it has VMs, or under CloudSim's rule, its CPU is busy. */
	private boolean on(HostRuntime h) {
		return h.on(settings.rules().idleHostsOff());
	}

	private int activeHosts() {
		int n = 0;
		for (int i : idleHosts.busyHosts()) { // a blank host is off
			if (on(hosts[i])) {
				n++;
			}
		}
		return n;
	}

	private double watts() {
		double w = 0;
		for (int i : idleHosts.busyHosts()) { // in index order, as over all hosts: a blank host is off
			HostRuntime h = hosts[i];
			if (on(h)) {
				w += h.watts;
			}
		}
		return w;
	}

	/**
	 * Updates every host at {@code now} and adds the energy since the last update. The hosts asleep
	 * ({@link IdleHosts#asleep}: blank, booked as not active) are left out: their update would only move their energy
	 * clock to {@code now}, which {@link #updateHost} does the next time it updates them (from {@link #lastPass}).
	 * The others are updated in index order, so the energy is summed in the same order. Most of the PlanetLab
	 * day's 800 hosts are asleep at any time, and CloudSim's rule updates every host at each of 3–4 migration ends
	 * a step.
	 */
	private void updateAll(double now) {
		long[] awake = idleHosts.awake();
		for (int w = 0; w < awake.length; w++) {
			for (long bits = awake[w]; bits != 0; bits &= bits - 1) {
				updateHost(hosts[(w << 6) + IdleHosts.lowestBit(bits)], now);
			}
		}
		lastPass = now;
		if (settings.rules().idleVmsEnd()) {
			endIdleVms();
		}
	}

	/**
	 * Brings one host up to {@code now}: its VMs' demand, its utilisation, and its energy since it was last
	 * updated — the trapezoid of the power at both ends (CloudSim's PowerDatacenter), nothing while off.
	 */
	private void updateHost(HostRuntime h, double now) {
		if (h.energyTime < lastPass) { // the last pass left it out, asleep: where that pass would have put its clock
			h.energyTime = lastPass;
		}
		if (h.isBlank()) { // what the lines below do for a host without VMs, at 0 %: it is off, draws nothing
			h.update(now);
			if (now - h.energyTime > 0) {
				h.energyTime = now;
			}
			return;
		}
		for (int at = 0; at < h.vms.size(); at++) {
			VmRuntime vm = h.vms.get(at);
			vm.demandAt(position(now, vm));
			if (vm.requestedTotal() == 0) {
				idleVmsPlaced = true;
			}
		}
		for (int at = 0; at < h.replaced.size(); at++) {
			VmRuntime vm = h.replaced.get(at);
			vm.demandAt(position(now, vm));
			if (vm.requestedTotal() == 0) {
				idleVmsPlaced = true;
			}
		}
		double dt = now - h.energyTime;
		double from = h.watts;
		boolean wasOn = on(h);
		h.update(now);
		if (dt > 0) {
			if (wasOn) {
				energyWattSeconds += (from + h.watts) / 2 * dt;
			}
			h.energyTime = now;
		}
	}

	/** Where {@code seconds} falls in the VM's trace; worked out once for all VMs sampled alike. */
	private TracePosition position(double seconds, VmRuntime vm) {
		return position = position.at(seconds, vm.spec.sampleSeconds());
	}

	/**
	 * CloudSim's rule: a VM that asks for no CPU has finished. Called after every update pass (twice per migration
	 * end), it looks at every VM only when one may ask for nothing ({@link #idleVmsPlaced}): a VM's demand changes
	 * only when it is read at an update, and a migrating VM it skips keeps the flag set.
	 */
	private void endIdleVms() {
		if (!idleVmsPlaced) {
			return;
		}
		boolean left = false;
		for (int host : idleHosts.busyHosts()) { // the hosts busy as the pass starts: a blank host has no VM
			HostRuntime h = hosts[host];
			for (int i = h.vms.size() - 1; i >= 0; i--) {
				VmRuntime vm = h.vms.get(i);
				if (vm.requestedTotal() != 0) {
					continue;
				}
				if (!vm.inMigration() && vm.host == h) {
					h.removeAt(i); // a VM is on a host's list once (checkBooks checks it)
					vm.host = null;
					running--;
					ended++;
				} else {
					left = true;
				}
			}
		}
		idleVmsPlaced = left;
	}

	private void completeMigrationsBefore(double limit, boolean inclusive) {
		boolean all = settings.rules().updateAllAtEvents();
		while (true) {
			double end = transfers.nextEnd();
			if (!(inclusive ? end <= limit : end < limit)) {
				return;
			}
			List<MigrationsInFlight.Transfer> done = transfers.finishAt(end);
			Set<HostRuntime> involved = new LinkedHashSet<>();
			for (MigrationsInFlight.Transfer t : done) {
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
			for (MigrationsInFlight.Transfer t : done) {
				if (t.replaced) {
					t.target.removeReplaced(t.vm);
				} else {
					finish(t.vm);
				}
			}
			if (all) {
				long[] awake = idleHosts.awake(); // an asleep host's update changes nothing read later (IdleHosts)
				for (int w = 0; w < awake.length; w++) {
					for (long bits = awake[w]; bits != 0; bits &= bits - 1) {
						HostRuntime h = hosts[(w << 6) + IdleHosts.lowestBit(bits)];
						if (!h.upToDate(end)) { // only the hosts the migrations or idle VMs left or entered
							h.update(end);
						}
					}
				}
			} else {
				for (HostRuntime h : involved) {
					h.update(end);
				}
			}
			if (settings.rules().idleVmsEnd()) {
				endIdleVms();
			}
			transfers.rebalance(end, involved);
		}
	}

	/** Starts a move; the hosts it changes are added to {@code touched}, to be updated at {@code now}. */
	private void start(Reallocation.Move move, double now, List<HostRuntime> touched) {
		VmRuntime vm = move.vm();
		HostRuntime source = vm.host;
		boolean replanned = vm.migratingTo != null;
		boolean continues = replanned && settings.rules().replannedMovesContinue() && vm.migratingTo != move.target();
		if (replanned) {
			// planned twice in one step (CloudSim does this when an under-utilised host is emptied of a VM it
			// was just given): the later target wins, both migrations count; under CloudSim's rule the first
			// migration goes on too, its target carrying the VM until it ends
			HostRuntime first = vm.migratingTo;
			first.remove(vm);
			if (continues) {
				first.addReplaced(vm);
			}
			touched.add(first);
		}
		if (!replanned) {
			inFlight++;
		}
		vm.migratingTo = move.target();
		move.target().add(vm);
		source.changed(); // the VM now migrates out: its share there shrinks
		migrations++;
		transfers.begin(vm, source, move.target(), now, continues);
		touched.add(move.target());
		touched.add(source);
	}

	private void finish(VmRuntime vm) {
		HostRuntime source = vm.host;
		HostRuntime target = vm.migratingTo;
		source.remove(vm);
		target.remove(vm);
		vm.migratingTo = null;
		inFlight--;
		target.add(vm);
		vm.host = target;
	}

	// ---------------------------------------------------------------- initial placement

	private void placeInitially(Map<String, HostRuntime> byName) {
		boolean firstFit = !settings.detector().consolidates();
		long[] none = idleHosts.emptySet();
		Reallocation optimiser = new Reallocation(hosts, idleHosts, settings, random);
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
			running++;
			vm.requestedPerPe = 0; // created; its workload has not started yet
			host.changed();
		}
	}

}
