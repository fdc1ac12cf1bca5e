package org.vmmig.engine.cost;

import java.util.List;

import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * The migration model of CloudSim's power package, for comparison with results users already have:
 * delay = RAM / (bandwidth / 2) (PowerDatacenter: {@code vm.getRam() / (host.getBw() / (2 * 8000))}, i.e.
 * half the host bandwidth is reserved for migration), no dirty pages, no downtime, and the VM loses 10 % of
 * its CPU while it migrates (PowerVm/PowerHost migration overhead). The planner prices with it
 * ({@link MigrationModel#cloudSim()}); the time simulation's CloudSim timing and CPU sharing use its constants.
 */
public final class CloudSimMigrationModel implements MigrationModel {

	/** The share of a NIC migrations may use: CloudSim reserves the other half for the VMs' own traffic. */
	public static final double NIC_SHARE = 0.5;
	/**
	 * The share of its CPU a VM loses while it migrates out, and costs its target while it migrates in (CloudSim's
	 * VmSchedulerTimeSharedOverSubscription and PowerVm).
	 */
	public static final double CPU_OVERHEAD = 0.10;

	CloudSimMigrationModel() {
	}

	/** CloudSim's migration time: memory over the NIC share migrations may use. */
	public static double seconds(double memoryBytes, double nicBytesPerSecond) {
		return memoryBytes / (nicBytesPerSecond * NIC_SHARE);
	}

	@Override
	public MigrationEstimate estimate(VmProfile vm, MigrationPath path, MigrationPolicy policy) {
		double seconds = seconds(vm.memoryBytes(), path.bandwidthBytesPerSecond());
		Round only = new Round(0, vm.memoryBytes(), vm.memoryBytes(), seconds, 0, 0, false);
		return new MigrationEstimate(policy.technique(), Outcome.COMPLETED, seconds, 0, vm.memoryBytes(), 0, 1, true,
				CPU_OVERHEAD * seconds, CPU_OVERHEAD, 0, Energy.joules(vm.memoryBytes()), 0, List.of(), List.of(only));
	}
}
