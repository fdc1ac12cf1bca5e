package org.vmmig.engine.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vmmig.engine.cost.CloudSimMigrationModel;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.plan.FairShare;
import org.vmmig.engine.plan.Flows;
import org.vmmig.engine.plan.SharedLinks;

/**
 * The migrations in flight and the bandwidth each gets.
 *
 * <p>Under {@link MigrationTiming.Live} every migration leaves through its source's NIC and enters through its
 * target's (full duplex: each direction is a link of its own), and the links are shared max-min fairly
 ({@link FairShare}): rates are recomputed
 * whenever a migration starts or ends and each transfer advances at its rate in between (a fluid model).
 * The bytes a migration must send are what the cost model predicts at the rate it gets when it starts.
 */
final class MigrationsInFlight {

	/** A migration in flight: the VM, its hosts, its bytes left and rate ({@link Flows.Flow}). */
	static final class Transfer extends Flows.Flow {
		final VmRuntime vm;
		final HostRuntime source;
		final HostRuntime target;
		/** Order of starting, for deterministic iteration. */
		long sequence;
		/** A later plan moved the VM elsewhere; this migration only runs out (CloudSim's rule). */
		boolean replaced;

		Transfer(VmRuntime vm, HostRuntime source, HostRuntime target) {
			this.vm = vm;
			this.source = source;
			this.target = target;
		}
	}

	private final MigrationTiming timing;
	private final Flows<Transfer> flows = new Flows<>();
	private long started;
	/**
	 * The transfers crossing each NIC direction (link 2·host = out, 2·host + 1 = in); kept only under live timing,
	 * the only one that shares NICs ({@link #rebalance}).
	 */
	private final Map<Integer, List<Transfer>> byLink = new HashMap<>();
	/**
	 * Per VM (by index), its migration that is not {@link Transfer#replaced}, or null: {@link #begin} keeps at most
	 * one per VM, so this is what a search of all transfers in flight for the VM's would find.
	 */
	private Transfer[] current = new Transfer[0];

	double downtimeSeconds;
	double bytesMoved;
	int nonConverging;
	/** Every migration priced by the live model, for the SLA checks. */
	final List<TimeSimulationResult.MigrationRecord> records = new ArrayList<>();

	MigrationsInFlight(MigrationTiming timing) {
		this.timing = timing;
	}

	/**
	 * Starts a migration. An earlier migration of the same VM is dropped, or with {@code earlierContinues}
	 * marked {@link Transfer#replaced} and left to run out.
	 */
	void begin(VmRuntime vm, HostRuntime source, HostRuntime target, double now, boolean earlierContinues) {
		if (vm.index >= current.length) {
			current = java.util.Arrays.copyOf(current, Math.max(vm.index + 1, 2 * current.length));
		}
		Transfer old = current[vm.index];
		if (old != null) {
			if (earlierContinues) {
				old.replaced = true;
			} else {
				remove(old);
			}
		}
		Transfer t = new Transfer(vm, source, target);
		t.sequence = started++;
		current[vm.index] = t;
		if (timing instanceof MigrationTiming.Live) {
			for (int link : links(t)) {
				byLink.computeIfAbsent(link, k -> new ArrayList<>()).add(t);
			}
		}
		if (timing instanceof MigrationTiming.CloudSim) {
			// CloudSim 4.0 PowerDatacenter: delay = RAM / (target bandwidth / 2)
			t.rate(target.spec.nicBytesPerSecond() * CloudSimMigrationModel.NIC_SHARE);
			t.remaining(vm.spec.memoryBytes());
			t.fixEnd(now + CloudSimMigrationModel.seconds(vm.spec.memoryBytes(), target.spec.nicBytesPerSecond()));
			bytesMoved += vm.spec.memoryBytes();
		}
		flows.add(t);
	}

	double nextEnd() {
		return flows.nextEnd();
	}

	/** Removes and returns the transfers that end at or before {@code time}, in the order they started. */
	List<Transfer> finishAt(double time) {
		List<Transfer> done = flows.finishAt(time);
		for (int i = 0; i < done.size(); i++) {
			unlink(done.get(i));
		}
		return done;
	}

	private void remove(Transfer t) {
		flows.remove(t);
		unlink(t);
	}

	private void unlink(Transfer t) {
		if (current[t.vm.index] == t) {
			current[t.vm.index] = null;
		}
		if (!(timing instanceof MigrationTiming.Live)) {
			return;
		}
		for (int link : links(t)) {
			List<Transfer> on = byLink.get(link);
			on.remove(t);
			if (on.isEmpty()) {
				byLink.remove(link);
			}
		}
	}

	/** Recomputes the shares after migrations started at {@code now}; prices the new ones. */
	void rebalance(double now) {
		rebalance(now, null);
	}

	/**
	 * Recomputes the shares after migrations started or ended at {@code now}. With {@code touched} hosts (whose
	 * migrations ended) only the flows connected to them through shared NICs are recomputed: max-min fair shares
	 * decompose over connected components, so the others keep theirs.
	 */
	void rebalance(double now, java.util.Collection<HostRuntime> touched) {
		flows.advance(now);
		if (!(timing instanceof MigrationTiming.Live live)) {
			return;
		}
		shareMaxMinFairly(touched == null ? flows.active() : connectedTo(touched), live.nicShare());
		for (Transfer t : flows.active()) {
			if (!t.priced()) {
				VmRuntime vm = t.vm;
				double utilisation = vm.spec.utilisationAt(now);
				VmProfile profile = vm.spec.profile().withDirtyRate(utilisation * vm.spec.dirtyBytesPerSecondAtFullCpu());
				MigrationEstimate estimate = live.model().estimate(profile, MigrationPath.lan(t.rate()), live.policy());
				t.remaining(estimate.bytesTransferred());
				bytesMoved += estimate.bytesTransferred();
				downtimeSeconds += estimate.downtimeSeconds();
				records.add(new TimeSimulationResult.MigrationRecord(vm.spec.name(), now, estimate.downtimeSeconds(),
						estimate.degradationShare()));
				if (!estimate.converged()) {
					nonConverging++;
				}
			}
		}
	}

	/** The transfers that share a NIC direction, directly or through others, with the touched hosts. */
	private List<Transfer> connectedTo(java.util.Collection<HostRuntime> touched) {
		java.util.Set<Integer> seenLinks = new java.util.HashSet<>();
		java.util.Set<Transfer> component = new java.util.HashSet<>();
		java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
		for (HostRuntime h : touched) {
			queue.add(2 * h.index);
			queue.add(2 * h.index + 1);
		}
		while (!queue.isEmpty()) {
			int link = queue.poll();
			if (!seenLinks.add(link)) {
				continue;
			}
			for (Transfer t : byLink.getOrDefault(link, List.of())) {
				if (component.add(t)) {
					for (int other : links(t)) {
						queue.add(other);
					}
				}
			}
		}
		// in the order they started, so the shares do not depend on hashing
		List<Transfer> ordered = new ArrayList<>(component);
		ordered.sort(java.util.Comparator.comparingLong(t -> t.sequence));
		return ordered;
	}

	/** Max-min fair rates over the NIC directions the transfers cross. */
	private static void shareMaxMinFairly(List<Transfer> flows, double nicShare) {
		SharedLinks<Integer> shared = new SharedLinks<>();
		for (Transfer t : flows) {
			int[] links = links(t);
			shared.transfer(shared.link(links[0], t.source.spec.nicBytesPerSecond() * nicShare),
					shared.link(links[1], t.target.spec.nicBytesPerSecond() * nicShare));
		}
		double[] rates = shared.rates();
		for (int i = 0; i < flows.size(); i++) {
			flows.get(i).rate(rates[i]);
		}
	}

	private static int[] links(Transfer t) {
		return new int[] { 2 * t.source.index, 2 * t.target.index + 1 };
	}

}
