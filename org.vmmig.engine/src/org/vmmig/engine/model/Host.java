package org.vmmig.engine.model;

/**
 * A physical server: its memory (bytes), NIC bandwidth (bytes per second), the security zone it sits in
 * (null: none) and that zone's trust level — no VM of a higher security level may run on it —, the site it
 * stands in and the storage pool it reaches (each null: none given).
 */
public record Host(String name, double memoryBytes, double nicBytesPerSecond, String zone, int trustLevel, String site,
		String storagePool) {

	/** A host without site or storage pool. */
	public Host(String name, double memoryBytes, double nicBytesPerSecond, String zone, int trustLevel) {
		this(name, memoryBytes, nicBytesPerSecond, zone, trustLevel, null, null);
	}

	public Host {
		Checks.name(name, "a host");
		Checks.positive(memoryBytes, "memory of host " + name);
		Checks.positive(nicBytesPerSecond, "NIC bandwidth of host " + name);
		if (trustLevel < 0) {
			throw new IllegalArgumentException("trust level of host " + name + " must be >= 0, not " + trustLevel);
		}
	}

	/** A host outside any security zone. */
	public Host(String name, double memoryBytes, double nicBytesPerSecond) {
		this(name, memoryBytes, nicBytesPerSecond, null, 0);
	}
}
