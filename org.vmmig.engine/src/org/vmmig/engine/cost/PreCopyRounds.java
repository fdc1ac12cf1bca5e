package org.vmmig.engine.cost;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.DirtyPace;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * The iterative rounds of pre-copy as QEMU runs them (7.2: {@code ram_save_pending} in migration/ram.c,
 * {@code migration_iteration_run} in migration/migration.c). QEMU keeps one bitmap of pending pages: all of
 * memory at the start, then it sends pages at the capped bandwidth and clears their bits. Whenever what is
 * pending falls below the threshold — the memory that fits the downtime limit at the iteration's bandwidth
 * ({@code threshold_size}) — it synchronises the dirty bitmap, adding every page the guest wrote since the
 * last sync, and stops as soon as what is pending after a sync still fits. So a round here is the stretch
 * between two syncs (QEMU's {@code dirty-sync-count}), not a whole pass over memory: the unsent rest of a
 * pass is carried into the next round, and the final copy is most of the threshold. With a small threshold
 * this is Clark et al.'s (NSDI 2005) and Liu et al.'s (HPDC 2011) series, each round re-sending what the
 * guest dirtied during the previous one — never more than its writable working set.
 * <p>
 * A fluid model of that loop, one step per sync, so that it costs what the old per-pass model cost:
 * <ul>
 * <li>QEMU checks what is pending between two rate-limit windows ({@code BUFFER_DELAY}, 100 ms, in
 * migration/migration.c), each sending a tenth of a second's worth; the sync comes in the window that takes
 * the pending memory below the threshold T, on average half a window below it (or, when a window is larger
 * than T, at T²/(2·window) on average);
 * <li>the pages a sync adds are the working-set pages the guest wrote since the last sync, up to the part
 * of its working set not pending already: a guest sweeping its working set writes the pages QEMU's scan has
 * just passed, not those still ahead of it. Against a page-by-page imitation of QEMU's loop with the lab's
 * sweeping guest (QemuSyncModelTest) this is within 10 % on data and time where the assumption that writes
 * fall uniformly, pending or not, was 20–23 % short for busy guests;
 * <li>pending memory is a mix of never-sent pages (with the guest's zero pages, cheap on the wire) and re-sent
 * ones; rounds drain both in proportion, as QEMU's scan over the address space does.
 * </ul>
 * The rounds end when the pending memory fits after a sync (converged), or a round, data or time limit is
 * reached, or a hybrid migration has done its pre-copy rounds. Auto-converge decides at a sync once a
 * period of at least a second has passed, as QEMU's {@code migration_bitmap_sync} does; its throttle slows
 * a guest whose dirtying needs CPU time, not one that keeps a wall-clock pace ({@link DirtyPace}).
 */
final class PreCopyRounds {

	enum Stop {
		CONVERGED, ROUND_CAP, DATA_CAP, TIMEOUT, HYBRID_SWITCH
	}

	/** Whatever happens, no migration is simulated for more rounds than this (a user may ask for 10^9). */
	static final int HARD_ROUND_LIMIT = 10_000;

	/** QEMU throttles when the bytes dirtied in a period exceed 50 % of those sent (throttle-trigger-threshold), twice. */
	static final double THROTTLE_TRIGGER = 0.5;
	/** QEMU's throttle periods last at least a second (migration_bitmap_sync in migration/ram.c). */
	static final double THROTTLE_PERIOD_SECONDS = 1;
	/** QEMU's rate-limit window (BUFFER_DELAY, migration/migration.c): what is pending is checked once per window. */
	static final double RATE_LIMIT_WINDOW_SECONDS = 0.1;

	/**
	 * @param remainingMemory     memory pending when the rounds stopped (the stop-and-copy or post-copy sends it)
	 * @param remainingWire       what it takes on the wire (never-sent pages with their zero pages, re-sent ones)
	 */
	record Result(Stop stop, List<Round> rounds, double seconds, double memorySent, double wireSent,
			double remainingMemory, double remainingWire, double throttledSeconds,
			double cpuCoreSeconds, double throttle) {
	}

	private PreCopyRounds() {
	}

	/**
	 * @param startSeconds time already spent (handshake, storage) when the rounds start
	 * @param switchAfter  rounds after which a hybrid migration switches to post-copy (0: never)
	 */
	static Result run(VmProfile vm, MigrationPolicy policy, WireModel transfer, double startSeconds, int switchAfter) {
		List<Round> rounds = new ArrayList<>();
		AutoConverge autoConverge = policy.autoConverge();
		double memory = vm.memoryBytes();
		double workingSet = vm.writableWorkingSetBytes();
		double timeout = policy.completionTimeoutPerGiB() * memory / (1024.0 * 1024 * 1024);
		int roundCap = Math.min(policy.maxRounds(), HARD_ROUND_LIMIT);
		double window = transfer.resendableWithin(RATE_LIMIT_WINDOW_SECONDS, 0);

		double neverSent = memory; // pending pages not sent yet (the first copy's)
		double resend = 0; // pending pages dirtied after they were sent
		double elapsed = startSeconds;
		double memorySent = 0;
		double wireSent = 0;
		double throttle = 0;
		double throttledSeconds = 0;
		double cpu = 0;
		int highDirtyPeriods = 0;
		double periodStart = startSeconds;
		double periodDirtied = 0;
		double periodSent = 0;
		Stop stop;
		while (true) {
			int index = rounds.size();
			double pending = neverSent + resend;
			double limit = policy.downtimeSteps().limitAt(policy.downtimeLimitSeconds(), elapsed - startSeconds, memory);
			// QEMU's switchover decision: stop when what is pending after a sync fits the limit at the bandwidth
			// measured while iterating (threshold_size = bandwidth × downtime-limit), i.e. at the capped
			// bandwidth, not at the faster speed the final copy then gets. We add the device state (the user's
			// limit is on the outage; QEMU counts RAM only).
			double threshold = transfer.resendableWithin(limit - transfer.roundOverhead(), vm.deviceStateBytes());
			if (pending <= threshold) {
				stop = Stop.CONVERGED;
				break;
			}
			if (index > 0) {
				if (switchAfter > 0 && index >= switchAfter) {
					stop = Stop.HYBRID_SWITCH;
					break;
				}
				if (index >= roundCap) {
					stop = Stop.ROUND_CAP;
					break;
				}
				if (policy.maxDataFactor() > 0 && memorySent >= policy.maxDataFactor() * memory) {
					stop = Stop.DATA_CAP;
					break;
				}
				if (timeout > 0 && elapsed - startSeconds >= timeout) {
					stop = Stop.TIMEOUT;
					break;
				}
			}
			// send until the next sync: what is pending drops below the threshold within a rate-limit window
			double carried = window <= threshold ? threshold - window / 2 : threshold * threshold / (2 * window);
			double sent = pending - Math.min(carried, pending);
			double firstCopy = sent * neverSent / pending;
			double wire = transfer.firstCopyWireBytes(firstCopy, vm.zeroPageShare())
					+ transfer.resendWireBytes(sent - firstCopy);
			double seconds = transfer.seconds(sent, wire) + transfer.roundOverhead();
			neverSent -= firstCopy;
			resend -= sent - firstCopy;
			// the guest dirties memory while this round is on the wire, slowed by any throttle if its dirtying
			// needs CPU time; the sync adds the pages it wrote, at most the part of the working set not pending
			double since = elapsed - startSeconds;
			double slowed = vm.dirtyPace() == DirtyPace.CPU_TIME ? 1 - throttle : 1;
			double written = Math.min(workingSet, vm.dirtyProfile().bytesDirtied(since, since + seconds) * slowed);
			double pendingOfWorkingSet = memory > 0 ? Math.min(workingSet, resend + neverSent * workingSet / memory) : 0;
			double dirtied = Math.min(written, workingSet - pendingOfWorkingSet);
			resend += dirtied;
			rounds.add(new Round(index, sent, wire, seconds, dirtied, throttle, false));
			elapsed += seconds;
			memorySent += sent;
			wireSent += wire;
			throttledSeconds += throttle * seconds;
			cpu += transfer.cpuCoreSeconds(sent, wire);
			periodDirtied += dirtied;
			periodSent += wire;
			if (elapsed - periodStart >= THROTTLE_PERIOD_SECONDS) {
				if (autoConverge.enabled() && periodDirtied > THROTTLE_TRIGGER * periodSent && ++highDirtyPeriods >= 2) {
					highDirtyPeriods = 0;
					throttle = throttle == 0 ? autoConverge.initial()
							: Math.min(autoConverge.maximum(), throttle + autoConverge.increment());
				}
				periodStart = elapsed;
				periodDirtied = 0;
				periodSent = 0;
			}
		}
		double remainingWire = transfer.firstCopyWireBytes(neverSent, vm.zeroPageShare()) + transfer.resendWireBytes(resend);
		return new Result(stop, rounds, elapsed - startSeconds, memorySent, wireSent, neverSent + resend, remainingWire,
				throttledSeconds, cpu, throttle);
	}
}
