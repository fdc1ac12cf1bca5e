package org.vmmig.lab;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DirtyPace;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.VmProfile;

/**
 * What vmmig predicts for a lab run, from the same inputs a user would give the language (a {@code vm} with
 * memory, dirty-rate, working-set, zero-pages; a LAN {@code network}; the {@code policy}), calling the engine
 * directly as {@code org.vmmig.dsl.mapping.ModelMapper} does:
 * <ul>
 * <li>memory: QEMU's {@code ram.total} (the guest's RAM plus the few ROM and firmware blocks QEMU migrates);
 * <li>dirty rate: what the guest reported it achieved before the migration (its workload's real rate);
 * <li>working set: the guest's;
 * <li>zero pages: QEMU's {@code ram.duplicate} share (how a user learns it, see issue 14);
 * <li>dirty pace: the guest's ({@code dirty-pace cpu-time} or {@code wall-clock});
 * <li>path: a LAN of the loopback's bandwidth as the lab measured it; the policy: the run's.
 * </ul>
 */
public final class LabPrediction {

	private LabPrediction() {
	}

	public static VmProfile profile(LabResult result) {
		Measured measured = result.measured();
		double memory = measured.memoryBytes() > 0 ? measured.memoryBytes() : result.guest().memoryBytes();
		double rate = Double.isFinite(result.rateBefore()) ? result.rateBefore() : result.guest().dirtyBytesPerSecond();
		DirtyPace pace = result.guest().pace() == GuestSpec.Pace.CPU ? DirtyPace.CPU_TIME : DirtyPace.WALL_CLOCK;
		return VmProfile.of(memory, rate).withWritableWorkingSet(result.guest().workingSetBytes())
				.withZeroPageShare(measured.zeroPageShare()).withDirtyPace(pace);
	}

	public static MigrationEstimate predict(LabResult result, MigrationModel model, double linkBytesPerSecond) {
		return model.estimate(profile(result), MigrationPath.lan(linkBytesPerSecond), result.policy());
	}
}
