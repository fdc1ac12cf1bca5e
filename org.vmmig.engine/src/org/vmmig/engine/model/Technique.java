package org.vmmig.engine.model;

/** How memory moves: see docs/models.md for each. */
public enum Technique {
	/** Copy memory while the guest runs, round after round, then pause and copy the rest. */
	PRE_COPY,
	/**
	 * Post-copy as QEMU and libvirt users run it (docs/decisions/0004-post-copy.md): one pre-copy pass, then
	 * pause, move CPU and device state, resume at the destination and fetch the rest on demand
	 * ({@code migrate-start-postcopy} after the first pass, libvirt's {@code --postcopy-after-precopy}).
	 */
	POST_COPY,
	/**
	 * A chosen number of pre-copy rounds ({@link MigrationPolicy#hybridPreCopyRounds()}), then post-copy; 0
	 * rounds is post-copy from the start (Hines and Gopalan's pure post-copy).
	 */
	HYBRID
}
