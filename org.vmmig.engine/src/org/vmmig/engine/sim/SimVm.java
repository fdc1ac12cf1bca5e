package org.vmmig.engine.sim;

import java.util.Objects;

import org.vmmig.engine.model.Vm;
import org.vmmig.engine.model.VmProfile;

/**
 * A virtual machine of a time simulation: the planner's {@link Vm} (name, memory and what else a migration of it
 * depends on — working set, zero pages, device state — its storage, security level, and the host it runs on at the
 * start, or none to let the placement policy choose), with what the time simulation adds: {@code pes} virtual CPUs
 * of {@code mipsPerPe} each, a network reservation, and its CPU utilisation (0–1 of what it was given) sampled every
 * {@code sampleSeconds}. {@code dirtyBytesPerSecondAtFullCpu} is how fast the guest writes memory when its CPU is
 * busy; the faithful migration model scales it by the current utilisation (a write rate proportional to CPU
 * activity, the assumption of Akoush et al., MASCOTS 2010, §IV), in place of the profile's dirty rate.
 */
public record SimVm(Vm vm, double mipsPerPe, int pes, double reservedBytesPerSecond,
		double dirtyBytesPerSecondAtFullCpu, double[] utilisation, double sampleSeconds) {

	/**
	 * A VM on shared storage whose migrations depend on its memory and dirty rate only (all memory writable, no zero
	 * pages); {@code initialHost} null lets the placement policy choose.
	 */
	public SimVm(String name, double mipsPerPe, int pes, double memoryBytes, double reservedBytesPerSecond,
			double dirtyBytesPerSecondAtFullCpu, double[] utilisation, double sampleSeconds, String initialHost) {
		this(vm(name, mipsPerPe, pes, memoryBytes, reservedBytesPerSecond, dirtyBytesPerSecondAtFullCpu, utilisation,
				sampleSeconds, initialHost), mipsPerPe, pes, reservedBytesPerSecond, dirtyBytesPerSecondAtFullCpu,
				utilisation, sampleSeconds);
	}

	public SimVm {
		Objects.requireNonNull(vm, "vm");
		check(vm.name(), mipsPerPe, pes, vm.memoryBytes(), reservedBytesPerSecond, dirtyBytesPerSecondAtFullCpu,
				utilisation, sampleSeconds);
	}

	private static Vm vm(String name, double mipsPerPe, int pes, double memoryBytes, double reservedBytesPerSecond,
			double dirtyBytesPerSecondAtFullCpu, double[] utilisation, double sampleSeconds, String initialHost) {
		Objects.requireNonNull(name, "name");
		VmProfile profile = memoryBytes > 0 ? VmProfile.of(memoryBytes, dirtyBytesPerSecondAtFullCpu) : null;
		check(name, mipsPerPe, pes, memoryBytes, reservedBytesPerSecond, dirtyBytesPerSecondAtFullCpu, utilisation,
				sampleSeconds);
		return new Vm(name, profile, true, 0, initialHost);
	}

	private static void check(String name, double mipsPerPe, int pes, double memoryBytes, double reservedBytesPerSecond,
			double dirtyBytesPerSecondAtFullCpu, double[] utilisation, double sampleSeconds) {
		Objects.requireNonNull(utilisation, "utilisation");
		if (!(mipsPerPe > 0) || pes < 1 || !(memoryBytes > 0) || !(reservedBytesPerSecond >= 0)
				|| !(dirtyBytesPerSecondAtFullCpu >= 0) || !(sampleSeconds > 0) || utilisation.length == 0) {
			throw new IllegalArgumentException("VM '" + name + "' needs positive MIPS, vCPUs, memory, sample interval and at least one sample");
		}
	}

	public String name() {
		return vm.name();
	}

	public double memoryBytes() {
		return vm.memoryBytes();
	}

	/** What a migration of it depends on, as the planner uses it; its dirty rate is replaced by the current one. */
	public VmProfile profile() {
		return vm.profile();
	}

	/** Where it runs at the start, or null to let the placement policy choose. */
	public String initialHost() {
		return vm.hostName();
	}

	public double totalMips() {
		return mipsPerPe * pes;
	}

	/**
	 * Utilisation at {@code seconds}, interpolated linearly between samples (as CloudSim's
	 * UtilizationModelPlanetLabInMemory does); after the last sample the last value holds. Computed in the same
	 * order of operations as there (slope per second from the sample before), so that the demands — and the
	 * near-ties the placement breaks on them — are the same to the last bit; the PlanetLab reproduction
	 * follows CloudSim's run exactly only with this.
	 */
	public double utilisationAt(double seconds) {
		return utilisationAt(TracePosition.of(seconds, sampleSeconds));
	}

	/** {@link #utilisationAt(double)} at a position worked out for this VM's sample interval. */
	double utilisationAt(TracePosition at) {
		int last = utilisation.length - 1;
		if (at.atStart) {
			return utilisation[0];
		}
		if (at.lower >= last) {
			return utilisation[last];
		}
		if (at.onSample) {
			return utilisation[at.lower];
		}
		double slope = (utilisation[at.upper] - utilisation[at.lower]) / at.span;
		return utilisation[at.lower] + slope * at.offset;
	}
}
