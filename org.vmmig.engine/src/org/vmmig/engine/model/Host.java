package org.vmmig.engine.model;

/** A physical server: its memory (bytes) and NIC bandwidth (bytes per second). */
public record Host(String name, double memoryBytes, double nicBytesPerSecond) {

	public Host {
		Checks.name(name, "a host");
		Checks.positive(memoryBytes, "memory of host " + name);
		Checks.positive(nicBytesPerSecond, "NIC bandwidth of host " + name);
	}
}
