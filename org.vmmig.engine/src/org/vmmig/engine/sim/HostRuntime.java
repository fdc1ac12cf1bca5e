package org.vmmig.engine.sim;

import java.util.ArrayList;

/**
 * A host while the simulation runs: its VMs (including those migrating in), how its CPU is shared among
 * them, its utilisation at the last update, and its SLA books.
 *
 * <p>CPU sharing follows CloudSim's VmSchedulerTimeSharedOverSubscription, so that figures can be compared:
 * each vCPU gets what it asks for up to one core; a VM migrating out loses 10 % and one migrating in costs
 * the target 10 % of its demand; when the demand exceeds the host, every share is scaled down.
 *
 * <p>Speed (docs/performance.md): the loops over a host's VMs are indexed, as a for-each allocates an iterator that
 * the JIT's first tier, where a single {@code vmmig planetlab} run spends most of its time, does not remove; and
 * Math.floor and Math.min, which that tier calls rather than inlines, are taken only where a cheaper test cannot
 * decide. What is derived from the list of VMs and their demands (shares, request, placement sum, largest VM) is
 * kept until {@link #changed} says the list or the demands changed. The results are the same to the bit
 * (PlanetLabDayGoldenTest).
 */
final class HostRuntime implements HostLoad {

	static final double MIGRATION_OVERHEAD = org.vmmig.engine.cost.CloudSimMigrationModel.CPU_OVERHEAD;

	final SimHost spec;
	final int index;
	final double totalMips;
	/** The spec's, kept here: the placement search reads them for every host it looks at. */
	final double peMips;
	final PowerModel power;
	/** The spec's too, for the same reason. */
	final double memoryBytes, nicBytesPerSecond;
	final ArrayList<VmRuntime> vms = new ArrayList<>();
	/**
	 * VMs still migrating in under a move a later plan of the same step replaced (CloudSim's rule
	 * {@link SimulationSettings.Rules#replannedMovesContinue()}): they cost this host 10 % of their demand and
	 * count in its request, as a VM migrating in does, until that migration ends; they never run here.
	 */
	final ArrayList<VmRuntime> replaced = new ArrayList<>();
	/** Utilisation (0–1+) at the last update; what detectors of "switched off" and "under-utilised" see. */
	double utilisation;
	/** The power at {@link #utilisation}. */
	double watts;
	/** When the host's energy was last accounted for. */
	double energyTime;
	double memoryReserved;
	double bandwidthReserved;

	private boolean allocationValid;
	private double available;
	private double scale;
	/** The sum {@link #placementMips} returns, or NaN until it is asked for (a NaN sum would only be summed again). */
	private double placement;
	private double requested = Double.NaN;
	/**
	 * The time of the last {@link #update}, or NaN once something it reads may have changed since ({@link #changed}):
	 * while it equals a time, an update at that time would give the same shares, books and utilisation again.
	 */
	private double updatedAt = Double.NaN;
	/** The most memory of a VM on the list (0 for none), or NaN until asked for since the list changed. */
	private double largestMemory = Double.NaN;

	// SLA books (time with too little CPU while active)
	double lastTime = -1;
	double lastAllocated;
	double lastRequested;
	boolean lastActive;
	double activeSeconds;
	double overloadedSeconds;

	/** The part of its NIC migrations may use, and the scheduling interval: how long a VM takes to leave. */
	private final double migrationNicShare;
	private final double intervalSeconds;
	/** Told whenever this host becomes blank or stops being blank (for the placement search). */
	private final IdleHosts idleHosts;
	private boolean blank = true;
	/** Blank and booked as not active at the last update ({@link IdleHosts#asleep}). */
	private boolean asleep = true;
	/**
	 * The weighted sum of the histories of {@code vms[0, historySumsOf)}, untrimmed, or −1: what
	 * {@link #utilisationHistory} starts from. A placement search asks for the history of a host with one more VM
	 * at the end of its list (a tentative placement) for many VMs in turn; adding that VM's samples to the sums of
	 * the others gives the bits summing them all in order gives.
	 */
	private final double[] historySums = new double[VmRuntime.HISTORY_LENGTH];
	private int historySumsOf = -1;

	HostRuntime(SimHost spec, int index, double migrationNicShare, double intervalSeconds, IdleHosts idleHosts) {
		this.spec = spec;
		this.index = index;
		this.totalMips = spec.totalMips();
		this.peMips = spec.peMips();
		this.power = spec.power();
		this.memoryBytes = spec.memoryBytes();
		this.nicBytesPerSecond = spec.nicBytesPerSecond();
		this.watts = power.watts(0);
		this.migrationNicShare = migrationNicShare;
		this.intervalSeconds = intervalSeconds;
		this.idleHosts = idleHosts;
	}

	@Override
	public double requestedUtilisation() {
		return requestedMips() / totalMips;
	}

	@Override
	public double stepsToMigrateLargestVm() {
		if (Double.isNaN(largestMemory)) {
			double largest = 0;
			for (int at = 0; at < vms.size(); at++) {
				VmRuntime vm = vms.get(at);
				largest = Math.max(largest, vm.spec.memoryBytes());
			}
			largestMemory = largest;
		}
		return Math.ceil(largestMemory / (spec.nicBytesPerSecond() * migrationNicShare) / intervalSeconds);
	}

	/**
	 * Whether the host draws power: it holds VMs, or with {@code idleHostsOff} (CloudSim's rule) its CPU is
	 * busy.
	 */
	boolean on(boolean idleHostsOff) {
		return idleHostsOff ? utilisation > 0 : !vms.isEmpty() || !replaced.isEmpty();
	}

	boolean isMigratingIn(VmRuntime vm) {
		return vm.migratingTo == this;
	}

	boolean isMigratingOut(VmRuntime vm) {
		return vm.migratingTo != null && vm.migratingTo != this;
	}

	/** Whether the memory and NIC bandwidth not yet reserved hold this much more. */
	boolean hasRoomFor(double memory, double nic) {
		return memoryReserved + memory <= memoryBytes && bandwidthReserved + nic <= nicBytesPerSecond;
	}

	void add(VmRuntime vm) {
		vm.scheduledPerPe = vm.requestedPerPe;
		vms.add(vm);
		memoryReserved += vm.spec.memoryBytes();
		bandwidthReserved += vm.spec.reservedBytesPerSecond();
		// requestedMips() sums the VMs in list order, then the replaced ones: with none of those, the sum with one
		// more VM at the end is the sum so far plus its request, the same additions in the same order
		double sum = replaced.isEmpty() ? requested + vm.requestedTotal() : Double.NaN;
		double largest = Math.max(largestMemory, vm.spec.memoryBytes()); // a maximum does not depend on the order
		changed();
		requested = sum;
		largestMemory = largest;
	}

	void remove(VmRuntime vm) {
		removeFirst(vm);
	}

	/** Removes the VM at {@code at} of {@link #vms}, which is on the list only there. */
	void removeAt(int at) {
		VmRuntime vm = vms.remove(at);
		if (at < historySumsOf) {
			historySumsOf = -1;
		}
		memoryReserved -= vm.spec.memoryBytes();
		bandwidthReserved -= vm.spec.reservedBytesPerSecond();
		changed();
	}

	/** Removes the first occurrence of {@code vm}; returns where it was, or −1. */
	private int removeFirst(VmRuntime vm) {
		for (int at = 0; at < vms.size(); at++) {
			if (vms.get(at) == vm) { // what indexOf finds (a VM is equal only to itself), without its call of equals
				removeAt(at);
				return at;
			}
		}
		return -1;
	}

	/**
	 * Whether {@code detector} finds this host overloaded with {@code vm} added at the end of its VMs (a tentative
	 * placement), which is removed again. When it was not on the host before, its list of VMs is as before and so are
	 * the shares, request, placement sum and largest VM computed from it (the VMs' demands are not touched): they are
	 * kept rather than computed again. Memory and NIC reservations are added to and taken from, as by {@link #add} and
	 * {@link #remove}.
	 */
	boolean overloadedWith(VmRuntime vm, OverloadDetector detector) {
		boolean wasValid = allocationValid;
		double wasAvailable = available, wasScale = scale, wasPlacement = placement, wasRequested = requested;
		double wasUpdatedAt = updatedAt, wasLargestMemory = largestMemory;
		int end = vms.size();
		add(vm);
		boolean result = detector.overloaded(this);
		if (removeFirst(vm) == end) {
			allocationValid = wasValid;
			available = wasAvailable;
			scale = wasScale;
			placement = wasPlacement;
			requested = wasRequested;
			updatedAt = wasUpdatedAt;
			largestMemory = wasLargestMemory;
		}
		return result;
	}

	/**
	 * Gives the host the VMs {@code order}, as removing each of its VMs in turn and adding those would (a placement
	 * search's tentative moves undone): the reservations are taken off and added in the same order, so their sums
	 * are the same to the bit; the list is not searched and shifted once per VM.
	 */
	void reset(ArrayList<VmRuntime> order) {
		if (vms.isEmpty() && order.isEmpty()) {
			return;
		}
		for (int at = 0; at < vms.size(); at++) {
			VmRuntime vm = vms.get(at);
			memoryReserved -= vm.spec.memoryBytes();
			bandwidthReserved -= vm.spec.reservedBytesPerSecond();
		}
		if (!vms.isEmpty() && historySumsOf > 0) { // removing the first VM drops the sums
			historySumsOf = -1;
		}
		vms.clear();
		for (int at = 0; at < order.size(); at++) {
			VmRuntime vm = order.get(at);
			vm.scheduledPerPe = vm.requestedPerPe;
			vms.add(vm);
			memoryReserved += vm.spec.memoryBytes();
			bandwidthReserved += vm.spec.reservedBytesPerSecond();
		}
		changed();
	}

	void addReplaced(VmRuntime vm) {
		replaced.add(vm);
		memoryReserved += vm.spec.memoryBytes();
		bandwidthReserved += vm.spec.reservedBytesPerSecond();
		changed();
	}

	void removeReplaced(VmRuntime vm) {
		if (replaced.remove(vm)) {
			memoryReserved -= vm.spec.memoryBytes();
			bandwidthReserved -= vm.spec.reservedBytesPerSecond();
			changed();
		}
	}

	/** The VMs or their demands changed: what was derived from them is recomputed when next asked for. */
	void changed() {
		allocationValid = false;
		requested = Double.NaN;
		updatedAt = Double.NaN;
		largestMemory = Double.NaN;
		checkBlank();
	}

	/**
	 * Whether the host was updated at {@code time} and its VMs, their places and shares have not changed since
	 * ({@link #changed}), nor their demands (a VM's demand is set only at the update of a host it is on, and to the
	 * same value for the same time): a second update at that time would redo the same sums and book nothing, as a
	 * VM's and a host's books replace a state of the same time (CloudSim updates every host twice per migration end).
	 */
	boolean upToDate(double time) {
		return updatedAt == time;
	}

	/** No VM, nothing reserved, 0 % CPU at the last update: nothing runs or draws power here. */
	boolean isBlank() {
		return blank;
	}

	/** Tells {@link IdleHosts} when the host becomes blank (no VM, nothing reserved, 0 % CPU) or stops being so. */
	private void checkBlank() {
		boolean nowBlank = vms.isEmpty() && replaced.isEmpty() && utilisation == 0 && memoryReserved == 0
				&& bandwidthReserved == 0;
		if (nowBlank != blank) {
			blank = nowBlank;
			idleHosts.blank(index, nowBlank);
			checkAsleep();
		}
	}

	/**
	 * Tells {@link IdleHosts} when the host falls asleep or wakes. While it is blank and its books say it was not
	 * active, an update books nothing and only moves the start of the books' state ({@link #recordState}: that time,
	 * the CPU allocated and requested are read only after an active state); the first update after the host wakes
	 * replaces them. It wakes only when its VMs change ({@link #changed}), which also forgets {@link #updatedAt}.
	 */
	private void checkAsleep() {
		boolean nowAsleep = blank && !lastActive;
		if (nowAsleep != asleep) {
			asleep = nowAsleep;
			idleHosts.asleep(index, nowAsleep);
		}
	}

	private double cappedPerPe(VmRuntime vm) {
		double perPe = vm.scheduledPerPe;
		return perPe < peMips ? perPe : Math.min(perPe, peMips);
	}

	// The checks of the caches are methods of their own, small enough for the JIT's first tier to inline where the
	// placement search asks every host it looks at; the sums are computed out of line when a cache is stale.
	private void allocate() {
		if (!allocationValid) {
			computeAllocation(false);
		}
	}

	/**
	 * The shares of the CPU; with {@code schedule} (an update), each VM's request is first made what the scheduler
	 * shares out, in the same pass (the sums read it only after it is set, in the same order).
	 */
	private void computeAllocation(boolean schedule) {
		double free = totalMips;
		double demand = 0;
		for (int at = 0; at < vms.size(); at++) {
			VmRuntime vm = vms.get(at);
			if (schedule) {
				vm.scheduledPerPe = vm.requestedPerPe;
			}
			double d = cappedPerPe(vm) * vm.spec.pes();
			if (isMigratingIn(vm)) {
				d *= MIGRATION_OVERHEAD;
			}
			demand += d;
			free -= d;
		}
		for (int at = 0; at < replaced.size(); at++) {
			VmRuntime vm = replaced.get(at);
			if (schedule) {
				vm.scheduledPerPe = vm.requestedPerPe;
			}
			double d = cappedPerPe(vm) * vm.spec.pes() * MIGRATION_OVERHEAD;
			demand += d;
			free -= d;
		}
		if (demand <= totalMips) {
			available = Math.max(0, free);
			scale = 1;
		} else {
			available = 0;
			scale = totalMips / demand;
		}
		allocationValid = true;
		placement = Double.NaN; // summed when the placement search asks for it, which most updates are not followed by
	}

	/** CPU not yet promised to a VM. */
	double available() {
		allocate();
		return available;
	}

	/** MIPS the VM gets on this host now. */
	double allocatedTo(VmRuntime vm) {
		allocate();
		return allocated(vm);
	}

	/** {@link #allocatedTo} where the allocation was just computed or checked (small enough to be inlined there). */
	private double allocated(VmRuntime vm) {
		return share(vm, isMigratingOut(vm) ? 1 - MIGRATION_OVERHEAD : isMigratingIn(vm) ? MIGRATION_OVERHEAD : 1);
	}

	/**
	 * MIPS a VM gets on this host now when it is given {@code factor} of what it asks for. Only called where the
	 * allocation was just computed or checked (in an update and the placement sum): small enough to be inlined there.
	 */
	private double share(VmRuntime vm, double factor) {
		return scale == 1 ? cappedPerPe(vm) * factor * vm.spec.pes() : scaledShare(vm, factor);
	}

	private double scaledShare(VmRuntime vm, double factor) {
		return floor(cappedPerPe(vm) * scale * factor) * vm.spec.pes();
	}

	/** Math.floor(x), by a cast where that is exact (0 <= x < 2^52). */
	private static double floor(double x) {
		return x >= 0 && x < 0x1p52 ? (double) (long) x : Math.floor(x);
	}

	/** What the VMs ask for, uncapped. */
	double requestedMips() {
		if (Double.isNaN(requested)) {
			requested = requestedSum();
		}
		return requested;
	}

	private double requestedSum() {
		double sum = 0;
		for (int at = 0; at < vms.size(); at++) {
			VmRuntime vm = vms.get(at);
			sum += vm.requestedTotal();
		}
		for (int at = 0; at < replaced.size(); at++) {
			VmRuntime vm = replaced.get(at);
			sum += vm.requestedTotal();
		}
		return sum;
	}

	/**
	 * CPU the placement policy counts as used: what is allocated, with a VM still migrating in counted at
	 * its full share (it will run here).
	 */
	double placementMips() {
		allocate();
		if (Double.isNaN(placement)) {
			placement = placementSum();
		}
		return placement;
	}

	private double placementSum() {
		double sum = 0;
		for (int at = 0; at < vms.size(); at++) {
			VmRuntime vm = vms.get(at);
			double a = allocated(vm);
			if (isMigratingIn(vm)) {
				sum += a * (1 - MIGRATION_OVERHEAD) / MIGRATION_OVERHEAD;
			}
			sum += a;
		}
		for (int at = 0; at < replaced.size(); at++) {
			VmRuntime vm = replaced.get(at);
			double a = share(vm, MIGRATION_OVERHEAD);
			sum += a * (1 - MIGRATION_OVERHEAD) / MIGRATION_OVERHEAD + a;
		}
		return sum;
	}

	@Override
	public double[] utilisationHistory() {
		if (historySumsOf < 0) {
			java.util.Arrays.fill(historySums, 0);
			addHistories(vms, 0, vms.size(), historySums);
			historySumsOf = vms.size();
		}
		double[] sum = historySums.clone();
		addHistories(vms, historySumsOf, vms.size(), sum);
		addHistories(replaced, 0, replaced.size(), sum);
		int length = sum.length;
		while (length > 0 && sum[length - 1] == 0) {
			length--;
		}
		return length == sum.length ? sum : java.util.Arrays.copyOf(sum, length);
	}

	/** The VMs' histories moved on a sample: {@link #utilisationHistory} sums them again. */
	void historiesChanged() {
		historySumsOf = -1;
	}

	private void addHistories(ArrayList<VmRuntime> list, int from, int to, double[] sum) {
		for (int v = from; v < to; v++) {
			VmRuntime vm = list.get(v);
			double weight = vm.spec.totalMips() / totalMips;
			for (int i = 0; i < vm.historySize; i++) {
				sum[i] += vm.history[i] * weight;
			}
		}
	}

	/**
	 * Recomputes the utilisation at {@code time} (VM demands must be current) and books SLA time for the host
	 * and its VMs. Returns the new utilisation.
	 */
	double update(double time) {
		if (blank) { // nothing to share out: the result of the loops below, without them
			recordState(time, 0, 0);
			updatedAt = time;
			return utilisation;
		}
		changed();
		computeAllocation(true);
		double used = 0;
		double requested = 0;
		for (int at = 0; at < vms.size(); at++) {
			VmRuntime vm = vms.get(at);
			double allocated = allocated(vm);
			double asked = vm.requestedTotal();
			if (!isMigratingIn(vm)) {
				vm.record(time, allocated, asked, vm.inMigration());
				if (vm.inMigration()) {
					allocated /= 1 - MIGRATION_OVERHEAD; // the source still carries the whole VM
				}
			}
			used += allocated;
			requested += asked;
		}
		for (int at = 0; at < replaced.size(); at++) {
			VmRuntime vm = replaced.get(at);
			used += share(vm, MIGRATION_OVERHEAD);
			requested += vm.requestedTotal();
		}
		recordState(time, used, requested);
		this.requested = requested; // the sum requestedMips() makes, in the same order: the detectors ask for it next
		double u = used / totalMips;
		utilisation = u > 1 && u < 1.01 ? 1 : u;
		watts = power.watts(utilisation);
		checkBlank();
		updatedAt = time;
		return utilisation;
	}

	private void recordState(double time, double allocated, double requested) {
		if (lastTime >= 0 && time > lastTime && lastActive) {
			double dt = time - lastTime;
			activeSeconds += dt;
			if (lastAllocated < lastRequested) {
				overloadedSeconds += dt;
			}
		}
		lastTime = time;
		lastAllocated = allocated;
		lastRequested = requested;
		lastActive = allocated > 0;
		checkAsleep();
	}

	@Override
	public String toString() {
		return spec.name();
	}
}
