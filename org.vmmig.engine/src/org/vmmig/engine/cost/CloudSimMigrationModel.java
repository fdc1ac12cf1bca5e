package org.vmmig.engine.cost;

import java.util.List;

import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * The migration model of CloudSim's power package, for comparison with results users already have:
 * delay = RAM / (bandwidth / 2) (PowerDatacenter: {@code vm.getRam() / (host.getBw() / (2 * 8000))}, i.e.
 * half the host bandwidth is reserved for migration), no dirty pages, no downtime, and the VM loses 10 % of
 * its CPU while it migrates (PowerVm/PowerHost migration overhead).
 */
final class CloudSimMigrationModel implements MigrationModel {

	static final double DEGRADATION = 0.10;

	@Override
	public MigrationEstimate estimate(VmProfile vm, MigrationPath path, MigrationPolicy policy) {
		double seconds = vm.memoryBytes() / (path.bandwidthBytesPerSecond() / 2);
		Round only = new Round(0, vm.memoryBytes(), vm.memoryBytes(), seconds, 0, 0, false);
		return new MigrationEstimate(policy.technique(), Outcome.COMPLETED, seconds, 0, vm.memoryBytes(), 0, 1, true,
				DEGRADATION * seconds, DEGRADATION, 0, Energy.joules(vm.memoryBytes()), 0, List.of(), List.of(only));
	}
}
