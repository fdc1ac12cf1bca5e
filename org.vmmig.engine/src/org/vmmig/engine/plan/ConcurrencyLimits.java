package org.vmmig.engine.plan;

/**
 * How many migrations may run at once: per host (as source or target), per network, and in the whole
 * cluster. The default of one per host is OpenStack Nova's {@code max_concurrent_live_migrations} default;
 * networks and the cluster are unlimited unless the policy says otherwise.
 */
public record ConcurrencyLimits(int perHost, int perLink, int perCluster) {

	public static final ConcurrencyLimits DEFAULT = new ConcurrencyLimits(1, Integer.MAX_VALUE, Integer.MAX_VALUE);

	public ConcurrencyLimits {
		if (perHost < 1 || perLink < 1 || perCluster < 1) {
			throw new IllegalArgumentException("concurrency limits are at least 1, not " + perHost + "/" + perLink + "/" + perCluster);
		}
	}
}
