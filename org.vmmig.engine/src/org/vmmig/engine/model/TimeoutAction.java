package org.vmmig.engine.model;

/** What happens when a migration exceeds its completion timeout (OpenStack Nova's live_migration_timeout_action). */
public enum TimeoutAction {
	/** Cancel: the VM keeps running at the source. */
	ABORT,
	/** Switch to post-copy for the rest of memory. */
	POST_COPY,
	/** Pause the guest and copy the rest, whatever the downtime. */
	FORCE_STOP_AND_COPY
}
