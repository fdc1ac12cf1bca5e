package org.vmmig.engine.model;

/**
 * A downtime limit that rises over time, as OpenStack Nova does (live_migration_downtime,
 * live_migration_downtime_steps, live_migration_downtime_delay): the limit grows in {@code steps} equal
 * steps from the policy's limit to {@code maximumSeconds}, one step every {@code delaySecondsPerGiB} × the
 * VM's memory in GiB.
 */
public record DowntimeSteps(boolean enabled, double maximumSeconds, int steps, double delaySecondsPerGiB) {

	public static final DowntimeSteps NONE = new DowntimeSteps(false, 0, 1, 0);

	public DowntimeSteps {
		Checks.nonNegative(maximumSeconds, "maximum downtime");
		Checks.nonNegative(delaySecondsPerGiB, "downtime step delay");
		if (steps < 1) {
			throw new IllegalArgumentException("downtime steps must be at least 1, not " + steps);
		}
	}

	/** The downtime limit in force {@code elapsedSeconds} after the migration started. */
	public double limitAt(double baseLimitSeconds, double elapsedSeconds, double memoryBytes) {
		if (!enabled || maximumSeconds <= baseLimitSeconds) {
			return baseLimitSeconds;
		}
		double stepSeconds = delaySecondsPerGiB * memoryBytes / (1024.0 * 1024 * 1024);
		int taken = stepSeconds <= 0 ? steps : (int) Math.min(steps, Math.floor(elapsedSeconds / stepSeconds));
		return baseLimitSeconds + (maximumSeconds - baseLimitSeconds) * taken / steps;
	}
}
