package org.vmmig.engine.sim;

/** A VM while the simulation runs: where it is, what it asks for, its utilisation history, its SLA books. */
final class VmRuntime implements VmLoad {

	/** Samples of history kept per VM (CloudSim's PowerVm.HISTORY_LENGTH). */
	static final int HISTORY_LENGTH = 30;

	final SimVm spec;
	final int index;
	HostRuntime host;
	/** The host it is migrating to, or null. */
	HostRuntime migratingTo;
	/** What the guest asks for now, per vCPU. */
	double requestedPerPe;
	/**
	 * What its host's CPU scheduler last shared out for it, per vCPU: the request at the host's last update or
	 * when it arrived. Differs from {@link #requestedPerPe} only while VMs are first placed, when a VM asks
	 * for all of its CPU until it has been created and then for nothing until its workload starts (CloudSim's
	 * Vm.isBeingInstantiated).
	 */
	double scheduledPerPe;
	/** Most recent first. */
	final double[] history = new double[HISTORY_LENGTH];
	int historySize;

	// SLA books: the state since lastTime, and the integrals so far
	double lastTime = -1;
	double lastAllocated;
	double lastRequested;
	boolean lastMigrating;
	double requestedMipsSeconds;
	double lostToMigrationMipsSeconds;

	VmRuntime(SimVm spec, int index) {
		this.spec = spec;
		this.index = index;
	}

	@Override
	public double memoryBytes() {
		return spec.memoryBytes();
	}

	@Override
	public double utilisation() {
		return requestedTotal() / spec.totalMips();
	}

	@Override
	public double[] history() {
		return java.util.Arrays.copyOf(history, historySize);
	}

	boolean inMigration() {
		return migratingTo != null;
	}

	double requestedTotal() {
		return requestedPerPe * spec.pes();
	}

	void demandAt(double seconds) {
		demandAt(TracePosition.of(seconds, spec.sampleSeconds()));
	}

	/** The demand at a position worked out for this VM's sample interval. */
	void demandAt(TracePosition at) {
		requestedPerPe = spec.utilisationAt(at) * spec.mipsPerPe();
	}

	void remember(double utilisation) {
		System.arraycopy(history, 0, history, 1, HISTORY_LENGTH - 1);
		history[0] = utilisation;
		historySize = Math.min(HISTORY_LENGTH, historySize + 1);
	}

	/** Books the interval since the last state, then starts a new one (same-time states replace each other). */
	void record(double time, double allocated, double requested, boolean migrating) {
		if (lastTime >= 0 && time > lastTime) {
			double dt = time - lastTime;
			requestedMipsSeconds += lastRequested * dt;
			if (lastMigrating && lastAllocated < lastRequested) {
				lostToMigrationMipsSeconds += (lastRequested - lastAllocated) * dt;
			}
		}
		lastTime = time;
		lastAllocated = allocated;
		lastRequested = requested;
		lastMigrating = migrating;
	}

	@Override
	public String toString() {
		return spec.name();
	}
}
