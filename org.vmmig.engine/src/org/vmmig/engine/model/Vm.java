package org.vmmig.engine.model;

/** A virtual machine: its memory (bytes), how fast it dirties memory (bytes/s) and the host it runs on. */
public record Vm(String name, double memoryBytes, double dirtyBytesPerSecond, String hostName) {

	public Vm {
		Checks.name(name, "a VM");
		Checks.positive(memoryBytes, "memory of vm " + name);
		Checks.nonNegative(dirtyBytesPerSecond, "dirty rate of vm " + name);
		Checks.name(hostName, "the host of vm " + name);
	}
}
