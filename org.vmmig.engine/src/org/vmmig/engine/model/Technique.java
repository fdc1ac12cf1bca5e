package org.vmmig.engine.model;

/** How memory moves: see docs/models.md for each. */
public enum Technique {
	/** Copy memory while the guest runs, round after round, then pause and copy the rest. */
	PRE_COPY,
	/** Pause, move CPU and device state, resume at the destination and fetch memory on demand. */
	POST_COPY,
	/** A few pre-copy rounds, then post-copy. */
	HYBRID
}
