package org.vmmig.engine.cost;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;
import org.vmmig.engine.model.TimeoutAction;
import org.vmmig.engine.model.VmProfile;

/**
 * The faithful model (docs/models.md): an encryption handshake, the disk when storage is not shared, then
 * memory by pre-copy, post-copy or both, with the policy's data reduction, CPU ceilings, limits and
 * timeout action.
 */
final class LiveMigrationModel implements MigrationModel {

	/** A TLS 1.3 handshake over a fresh TCP connection: two round trips, plus about 2 ms of CPU for the keys. */
	static final double HANDSHAKE_CPU_SECONDS = 0.002;

	private final Calibration calibration;

	LiveMigrationModel(Calibration calibration) {
		this.calibration = calibration;
	}

	@Override
	public MigrationEstimate estimate(VmProfile vm, MigrationPath path, MigrationPolicy policy) {
		double wire = WireModel.wireBandwidth(path, policy) * calibration.bandwidthEfficiency();
		if (!(wire > 0) || Double.isInfinite(wire)) {
			throw new IllegalArgumentException("the usable bandwidth must be > 0 and finite, not " + wire
					+ " bytes/s: nothing can be migrated over a link without bandwidth");
		}
		List<Note> notes = new ArrayList<>();
		double elapsed = policy.encryption().encrypts() ? 2 * path.rttSeconds() + HANDSHAKE_CPU_SECONDS : 0;
		if (!policy.encryption().encrypts() && !path.trusted()) {
			notes.add(Note.of(Note.Kind.DATA_PLANE_EXPOSURE));
		}
		if (path.subnetChange()) {
			notes.add(Note.of(Note.Kind.SUBNET_CHANGE));
		}

		StorageMirror.Result storage = new StorageMirror.Result(0, 0, true);
		double mirrorShare = 0;
		if (!path.sharedStorage() && vm.diskBytes() > 0 && !policy.moveStorage()) {
			notes.add(Note.of(Note.Kind.STORAGE_LEFT_AT_SOURCE));
		} else if (!path.sharedStorage() && vm.diskBytes() > 0) {
			// the disk streams no faster than its pool reads it (a pool's bandwidth, docs/language.md)
			storage = StorageMirror.copy(vm.diskBytes(), vm.diskWriteBytesPerSecond(),
					Math.min(wire, path.storageBytesPerSecond()), policy.maxRounds());
			if (!storage.converged()) {
				notes.add(Note.storageDoesNotConverge(vm.diskWriteBytesPerSecond(), wire));
			} else {
				mirrorShare = vm.diskWriteBytesPerSecond();
			}
			elapsed += storage.seconds();
		}
		WireModel transfer = new WireModel(vm, path, policy, calibration, mirrorShare);
		double memoryStart = elapsed;
		int preCopyRounds = policy.preCopyRoundsBeforePostCopy();
		Assembly result = preCopyRounds == 0 ? postCopyOnly(vm, path, transfer)
				: preCopy(vm, path, policy, transfer, memoryStart, Math.max(0, preCopyRounds));
		double memorySeconds = result.seconds;
		double total = elapsed + memorySeconds;
		double storageBytes = storage.bytes() + mirrorShare * memorySeconds;
		double bytes = result.wireBytes + storageBytes;
		double degradationShare = total > 0 ? Math.min(1, result.degradationSeconds / total) : 0;
		return new MigrationEstimate(policy.technique(), result.outcome, total, result.downtime, bytes, storageBytes,
				result.rounds, result.converged && storage.converged(), result.degradationSeconds, degradationShare,
				result.cpuCoreSeconds, Energy.joules(bytes), result.riskWindow, notes, result.trace);
	}

	/** The memory phase's figures, before the handshake and storage are added. */
	private record Assembly(Outcome outcome, double seconds, double downtime, double wireBytes, int rounds,
			boolean converged, double degradationSeconds, double cpuCoreSeconds, double riskWindow, List<Round> trace) {
	}

	private static Assembly postCopyOnly(VmProfile vm, MigrationPath path, WireModel transfer) {
		PostCopy.Result post = PostCopy.run(vm, path, transfer, vm.memoryBytes(),
				transfer.firstCopyWireBytes(vm.memoryBytes(), vm.zeroPageShare()));
		List<Round> trace = List.of(new Round(0, vm.memoryBytes(), post.wireBytes(), post.pushSeconds(), 0, 0, false));
		return new Assembly(Outcome.COMPLETED, post.downtime() + post.pushSeconds(), post.downtime(), post.wireBytes(),
				0, true, post.faultSeconds(), post.cpuCoreSeconds(), post.pushSeconds(), trace);
	}

	private static Assembly preCopy(VmProfile vm, MigrationPath path, MigrationPolicy policy, WireModel transfer,
			double start, int switchAfter) {
		PreCopyRounds.Result rounds = PreCopyRounds.run(vm, policy, transfer, start, switchAfter);
		List<Round> trace = new ArrayList<>(rounds.rounds());
		int count = trace.size();
		boolean toPostCopy = rounds.stop() == PreCopyRounds.Stop.HYBRID_SWITCH
				|| rounds.stop() == PreCopyRounds.Stop.TIMEOUT && policy.timeoutAction() == TimeoutAction.POST_COPY;
		if (rounds.stop() == PreCopyRounds.Stop.TIMEOUT && policy.timeoutAction() == TimeoutAction.ABORT) {
			return new Assembly(Outcome.ABORTED, rounds.seconds(), 0, rounds.wireSent(), count, false,
					rounds.throttledSeconds(), rounds.cpuCoreSeconds(), 0, trace);
		}
		if (toPostCopy) {
			PostCopy.Result post = PostCopy.run(vm, path, transfer, rounds.remainingMemory(), rounds.remainingWire());
			trace.add(new Round(count, rounds.remainingMemory(), post.wireBytes(), post.pushSeconds(), 0, 0, false));
			Outcome outcome = policy.technique() != Technique.PRE_COPY && rounds.stop() == PreCopyRounds.Stop.HYBRID_SWITCH
					? Outcome.COMPLETED : Outcome.SWITCHED_TO_POST_COPY;
			return new Assembly(outcome, rounds.seconds() + post.downtime() + post.pushSeconds(), post.downtime(),
					rounds.wireSent() + post.wireBytes(), count, true, rounds.throttledSeconds() + post.faultSeconds(),
					rounds.cpuCoreSeconds() + post.cpuCoreSeconds(), post.pushSeconds(), trace);
		}
		// stop-and-copy: the guest is paused while the remainder and its device state are sent, at the path's
		// speed (QEMU lifts the rate limit for the final copy; WireModel.switchoverSeconds)
		double remaining = rounds.remainingMemory();
		double wire = rounds.remainingWire() + vm.deviceStateBytes();
		double downtime = transfer.switchoverSeconds(remaining + vm.deviceStateBytes(), wire) + transfer.roundOverhead();
		trace.add(new Round(count, remaining, wire, downtime, 0, rounds.throttle(), true));
		boolean converged = rounds.stop() == PreCopyRounds.Stop.CONVERGED;
		return new Assembly(converged ? Outcome.COMPLETED : Outcome.FORCED, rounds.seconds() + downtime, downtime,
				rounds.wireSent() + wire, count, converged, rounds.throttledSeconds(),
				rounds.cpuCoreSeconds() + transfer.cpuCoreSeconds(remaining, wire), 0, trace);
	}
}
