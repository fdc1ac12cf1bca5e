package org.vmmig.engine.model;

/**
 * The network between source and destination as a migration sees it.
 *
 * @param bandwidthBytesPerSecond bottleneck bandwidth of the path
 * @param rttSeconds              round-trip time
 * @param lossRate                packet loss probability (0..1), which bounds TCP throughput over a WAN
 * @param sharedStorage           both hosts reach the VM's disk (NAS/SAN): the disk does not move
 * @param trusted                 the path is inside a trusted zone: unencrypted memory on it is not exposed
 * @param subnetChange            source and destination are in different subnets: the VM's IP must change
 * @param storageBytesPerSecond   how fast the disk can be read for a copy (its storage pool); infinity: no bound
 */
public record MigrationPath(double bandwidthBytesPerSecond, double rttSeconds, double lossRate, boolean sharedStorage,
		boolean trusted, boolean subnetChange, double storageBytesPerSecond) {

	public MigrationPath {
		Checks.positive(bandwidthBytesPerSecond, "path bandwidth");
		Checks.nonNegative(rttSeconds, "round-trip time");
		Checks.fraction(lossRate, "loss rate");
		if (!(storageBytesPerSecond > 0)) { // infinity: the pool does not bound the copy
			throw new IllegalArgumentException("the storage bandwidth must be > 0, not " + storageBytesPerSecond);
		}
	}

	/** A path whose disk copy is bounded by the network alone. */
	public MigrationPath(double bandwidthBytesPerSecond, double rttSeconds, double lossRate, boolean sharedStorage,
			boolean trusted, boolean subnetChange) {
		this(bandwidthBytesPerSecond, rttSeconds, lossRate, sharedStorage, trusted, subnetChange, Double.POSITIVE_INFINITY);
	}

	/** A data-centre LAN: shared storage, trusted, same subnet, negligible RTT and loss. */
	public static MigrationPath lan(double bandwidthBytesPerSecond) {
		return new MigrationPath(bandwidthBytesPerSecond, 0, 0, true, true, false);
	}
}
