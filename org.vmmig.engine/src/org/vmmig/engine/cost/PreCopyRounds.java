package org.vmmig.engine.cost;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * The iterative rounds of pre-copy (Clark et al., NSDI 2005; Liu et al., HPDC 2011): round 0 copies all
 * memory while the guest runs, each next round re-sends what the guest dirtied during the previous one —
 * never more than its writable working set. Before each round the remainder is checked against the
 * downtime limit in force. The rounds end when the remainder fits (converged), or a round, data or time
 * limit is reached, or a hybrid migration has done its pre-copy rounds.
 */
final class PreCopyRounds {

	enum Stop {
		CONVERGED, ROUND_CAP, DATA_CAP, TIMEOUT, HYBRID_SWITCH
	}

	/** Whatever happens, no migration is simulated for more rounds than this (a user may ask for 10^9). */
	static final int HARD_ROUND_LIMIT = 10_000;

	/** QEMU throttles when the bytes dirtied in a period exceed 50 % of those sent (throttle-trigger-threshold), twice. */
	static final double THROTTLE_TRIGGER = 0.5;

	record Result(Stop stop, List<Round> rounds, double seconds, double memorySent, double wireSent,
			double remainingMemory, double throttledSeconds, double cpuCoreSeconds, double throttle) {
	}

	private PreCopyRounds() {
	}

	/**
	 * @param startSeconds time already spent (handshake, storage) when the rounds start
	 * @param switchAfter  rounds after which a hybrid migration switches to post-copy (0: never)
	 */
	static Result run(VmProfile vm, MigrationPolicy policy, Transfer transfer, double startSeconds, int switchAfter) {
		List<Round> rounds = new ArrayList<>();
		AutoConverge autoConverge = policy.autoConverge();
		double timeout = policy.completionTimeoutPerGiB() * vm.memoryBytes() / (1024.0 * 1024 * 1024);
		int roundCap = Math.min(policy.maxRounds(), HARD_ROUND_LIMIT);

		double toSend = vm.memoryBytes();
		double elapsed = startSeconds;
		double memorySent = 0;
		double wireSent = 0;
		double throttle = 0;
		double throttledSeconds = 0;
		double cpu = 0;
		int highDirtyPeriods = 0;
		Stop stop;
		while (true) {
			int index = rounds.size();
			if (index > 0) {
				double limit = policy.downtimeSteps().limitAt(policy.downtimeLimitSeconds(), elapsed - startSeconds,
						vm.memoryBytes());
				// QEMU's switchover decision: stop when what is pending fits the limit at the bandwidth measured
				// while iterating (threshold_size = bandwidth × downtime-limit, migration_update_counters in
				// migration/migration.c), i.e. at the capped bandwidth, not at the faster speed the final copy
				// then gets. We add the device state (the user's limit is on the outage; QEMU counts RAM only).
				double pause = transfer.seconds(toSend + vm.deviceStateBytes(),
						transfer.resendWireBytes(toSend) + vm.deviceStateBytes()) + transfer.roundOverhead();
				if (pause <= limit) {
					stop = Stop.CONVERGED;
					break;
				}
				if (switchAfter > 0 && index >= switchAfter) {
					stop = Stop.HYBRID_SWITCH;
					break;
				}
				if (index >= roundCap) {
					stop = Stop.ROUND_CAP;
					break;
				}
				if (policy.maxDataFactor() > 0 && memorySent >= policy.maxDataFactor() * vm.memoryBytes()) {
					stop = Stop.DATA_CAP;
					break;
				}
				if (timeout > 0 && elapsed - startSeconds >= timeout) {
					stop = Stop.TIMEOUT;
					break;
				}
			}
			double wire = index == 0 ? transfer.firstCopyWireBytes(toSend, vm.zeroPageShare())
					: transfer.resendWireBytes(toSend);
			double seconds = transfer.seconds(toSend, wire) + transfer.roundOverhead();
			// the guest dirties memory while this round is on the wire, slowed by any throttle
			double since = elapsed - startSeconds;
			double written = vm.dirtyProfile().bytesDirtied(since, since + seconds) * (1 - throttle);
			double dirtied = Math.min(vm.writableWorkingSetBytes(), written);
			rounds.add(new Round(index, toSend, wire, seconds, dirtied, throttle, false));
			elapsed += seconds;
			memorySent += toSend;
			wireSent += wire;
			throttledSeconds += throttle * seconds;
			cpu += transfer.cpuCoreSeconds(toSend, wire);
			if (autoConverge.enabled() && index > 0 && dirtied > THROTTLE_TRIGGER * toSend
					&& ++highDirtyPeriods >= 2) {
				highDirtyPeriods = 0;
				throttle = throttle == 0 ? autoConverge.initial()
						: Math.min(autoConverge.maximum(), throttle + autoConverge.increment());
			}
			toSend = dirtied;
		}
		return new Result(stop, rounds, elapsed - startSeconds, memorySent, wireSent, toSend, throttledSeconds, cpu,
				throttle);
	}
}
