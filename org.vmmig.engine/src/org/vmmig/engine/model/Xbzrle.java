package org.vmmig.engine.model;

/**
 * XBZRLE delta compression of re-sent pages (QEMU): a dirty page still in the cache is sent as a delta of
 * {@code deltaRatio} of its size. The hit rate is bounded by cache size over the writable working set.
 */
public record Xbzrle(boolean enabled, double cacheBytes, double deltaRatio) {

	public static final Xbzrle OFF = new Xbzrle(false, 0, 1);

	public Xbzrle {
		Checks.nonNegative(cacheBytes, "XBZRLE cache size");
		Checks.fraction(deltaRatio, "XBZRLE delta ratio");
	}
}
