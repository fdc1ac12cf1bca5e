package org.vmmig.engine.model;

/**
 * The knobs of a pre-copy live migration: the downtime the final stop-and-copy may take, the cap on
 * iterative rounds, and a bandwidth cap (bytes/s; {@code <= 0} or infinity means none).
 */
public record PreCopyPolicy(double downtimeLimitSeconds, int maxRounds, double bandwidthCapBytesPerSecond) {

	public PreCopyPolicy {
		Checks.positive(downtimeLimitSeconds, "the downtime limit");
		if (maxRounds < 1) {
			throw new IllegalArgumentException("the round cap must be at least 1, not " + maxRounds);
		}
		if (Double.isNaN(bandwidthCapBytesPerSecond)) {
			throw new IllegalArgumentException("the bandwidth cap must be a number");
		}
	}

	/**
	 * QEMU's default downtime limit is 300 ms (migrate-set-parameters downtime-limit); 30 rounds bounds
	 * a guest that never converges, as hypervisors do with their iteration or time limits.
	 */
	public static PreCopyPolicy defaults() {
		return new PreCopyPolicy(0.300, 30, Double.POSITIVE_INFINITY);
	}

	/** The bandwidth a migration may use on a path of the given bandwidth. */
	public double usableBandwidth(double pathBytesPerSecond) {
		boolean capped = bandwidthCapBytesPerSecond > 0 && bandwidthCapBytesPerSecond < pathBytesPerSecond;
		return capped ? bandwidthCapBytesPerSecond : pathBytesPerSecond;
	}
}
