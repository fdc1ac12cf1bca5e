package org.vmmig.engine.plan;

import java.util.List;

import org.vmmig.engine.cost.MigrationEstimate;

/**
 * One scheduled move: which VM goes where, when it starts and ends (seconds from the plan's start), the
 * bandwidth it gets when it starts and how that share changes while other migrations start and end, the
 * guest's dirty rate, its predicted cost, and the sites of the two hosts (null where the model gives none).
 */
public record Migration(String vmName, String sourceHost, String targetHost, double startSeconds, double endSeconds,
		double bandwidthBytesPerSecond, double dirtyBytesPerSecond, MigrationEstimate estimate,
		List<Share> bandwidthOverTime, String sourceSite, String targetSite) {

	/** Between hosts of no named site. */
	public Migration(String vmName, String sourceHost, String targetHost, double startSeconds, double endSeconds,
			double bandwidthBytesPerSecond, double dirtyBytesPerSecond, MigrationEstimate estimate,
			List<Share> bandwidthOverTime) {
		this(vmName, sourceHost, targetHost, startSeconds, endSeconds, bandwidthBytesPerSecond, dirtyBytesPerSecond,
				estimate, bandwidthOverTime, null, null);
	}

	/** From {@code fromSeconds} on, the migration gets {@code bytesPerSecond}. */
	public record Share(double fromSeconds, double bytesPerSecond) {
	}

	public Migration {
		bandwidthOverTime = List.copyOf(bandwidthOverTime);
		if (!(endSeconds >= startSeconds)) {
			throw new IllegalArgumentException("a migration cannot end (" + endSeconds + " s) before it starts (" + startSeconds + " s)");
		}
	}

	/** A migration that has the bandwidth to itself: it ends when the cost model says. */
	public Migration(String vmName, String sourceHost, String targetHost, double startSeconds,
			double bandwidthBytesPerSecond, double dirtyBytesPerSecond, MigrationEstimate estimate) {
		this(vmName, sourceHost, targetHost, startSeconds, startSeconds + estimate.totalSeconds(),
				bandwidthBytesPerSecond, dirtyBytesPerSecond, estimate,
				List.of(new Share(startSeconds, bandwidthBytesPerSecond)));
	}

	public double durationSeconds() {
		return endSeconds - startSeconds;
	}
}
