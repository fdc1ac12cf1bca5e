package org.vmmig.engine.cost;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.model.PreCopyPolicy;

/**
 * Round-by-round pre-copy live migration (Clark et al., "Live Migration of Virtual Machines", NSDI 2005;
 * the analytic form is Liu et al., "Performance and Energy Modeling for Live Migration of Virtual
 * Machines", HPDC 2011). Round 0 sends all memory while the guest runs; each next round re-sends the pages
 * dirtied during the previous round. When the remainder can be sent within the downtime limit the guest
 * is paused and the remainder sent (stop-and-copy). With memory M, dirty rate D and bandwidth B, round i
 * sends M·(D/B)^i, so pre-copy converges only while D &lt; B. See docs/models.md.
 */
public final class PreCopyModel {

	public MigrationEstimate estimate(double memoryBytes, double dirtyBytesPerSecond, double bandwidthBytesPerSecond,
			PreCopyPolicy policy) {
		check(memoryBytes, dirtyBytesPerSecond, bandwidthBytesPerSecond);
		double bandwidth = policy.usableBandwidth(bandwidthBytesPerSecond);
		List<Round> trace = new ArrayList<>();
		double toSend = memoryBytes; // round 0: all memory
		double total = 0;
		double sent = 0;
		int rounds = 0;
		boolean converged = false;
		while (true) {
			if (rounds > 0 && toSend / bandwidth <= policy.downtimeLimitSeconds()) {
				converged = true;
				break;
			}
			if (rounds == policy.maxRounds()) {
				break; // forced stop-and-copy of whatever is left
			}
			double seconds = toSend / bandwidth;
			// pages dirtied while this round was on the wire; a page dirtied twice is sent once
			double dirtied = Math.min(memoryBytes, dirtyBytesPerSecond * seconds);
			trace.add(new Round(rounds, toSend, seconds, dirtied, false));
			total += seconds;
			sent += toSend;
			toSend = dirtied;
			rounds++;
		}
		double downtime = toSend / bandwidth;
		trace.add(new Round(rounds, toSend, downtime, 0, true));
		return new MigrationEstimate(total + downtime, downtime, sent + toSend, rounds, converged, trace);
	}

	private static void check(double memory, double dirtyRate, double bandwidth) {
		if (!Double.isFinite(memory) || memory <= 0) {
			throw new IllegalArgumentException("memory to migrate must be > 0 bytes, not " + memory);
		}
		if (!Double.isFinite(dirtyRate) || dirtyRate < 0) {
			throw new IllegalArgumentException("dirty rate must be >= 0 bytes/s, not " + dirtyRate);
		}
		if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
			throw new IllegalArgumentException("bandwidth must be > 0 and finite, not " + bandwidth
					+ " bytes/s: nothing can be migrated over a link without bandwidth");
		}
	}
}
