package org.vmmig.engine.plan;

import org.vmmig.engine.cost.MigrationEstimate;

/**
 * One planned move: which VM goes where, when it starts (seconds from the plan's start), the bandwidth it
 * gets, the guest's dirty rate, and its predicted cost.
 */
public record Migration(String vmName, String sourceHost, String targetHost, double startSeconds,
		double bandwidthBytesPerSecond, double dirtyBytesPerSecond, MigrationEstimate estimate) {

	public double endSeconds() {
		return startSeconds + estimate.totalSeconds();
	}
}
