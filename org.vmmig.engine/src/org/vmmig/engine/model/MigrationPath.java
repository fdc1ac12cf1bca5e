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
 */
public record MigrationPath(double bandwidthBytesPerSecond, double rttSeconds, double lossRate, boolean sharedStorage,
		boolean trusted, boolean subnetChange) {

	public MigrationPath {
		Checks.positive(bandwidthBytesPerSecond, "path bandwidth");
		Checks.nonNegative(rttSeconds, "round-trip time");
		Checks.fraction(lossRate, "loss rate");
	}

	/** A data-centre LAN: shared storage, trusted, same subnet, negligible RTT and loss. */
	public static MigrationPath lan(double bandwidthBytesPerSecond) {
		return new MigrationPath(bandwidthBytesPerSecond, 0, 0, true, true, false);
	}
}
