package org.vmmig.engine.cost;

/** How a migration ended. */
public enum Outcome {
	/** Finished within the policy's limits. */
	COMPLETED,
	/** A round, data or time limit forced a stop-and-copy longer than the downtime limit. */
	FORCED,
	/** Pre-copy hit its timeout and switched to post-copy (or a hybrid migration did, as planned). */
	SWITCHED_TO_POST_COPY,
	/** The completion timeout cancelled the migration: the VM still runs at the source. */
	ABORTED
}
