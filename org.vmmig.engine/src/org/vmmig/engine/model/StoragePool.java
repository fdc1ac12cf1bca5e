package org.vmmig.engine.model;

/**
 * Where VM disks live: a shared pool (NAS/SAN) that every host attached to it reaches, or the hosts' local disks.
 * A VM whose disk is in a shared pool keeps it there when it moves between two hosts attached to the pool; any
 * other move copies the disk, no faster than the pool delivers it.
 *
 * @param shared                  a NAS/SAN the attached hosts share (else local disks)
 * @param bandwidthBytesPerSecond how fast the pool reads (bounds a disk copy); infinity: not given
 * @param capacityBytes           what it holds; infinity: not given
 */
public record StoragePool(String name, boolean shared, double bandwidthBytesPerSecond, double capacityBytes) {

	public StoragePool {
		Checks.name(name, "a storage pool");
		// infinity is allowed: a pool that gives no bandwidth or capacity bounds nothing
		if (!(bandwidthBytesPerSecond > 0) || !(capacityBytes > 0)) {
			throw new IllegalArgumentException("bandwidth and capacity of storage pool " + name + " must be > 0");
		}
	}
}
