package org.vmmig.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an export tells of an estate, in SI units, before it becomes a model: hosts, the VMs on them, and what the
 * export could not tell (each becomes a placeholder the validator reports, never an invented value).
 */
public final class Estate {

	/** A hypervisor; {@code nicBitsPerSecond} is 0 when the export does not say (libvirt's never does). */
	public record Host(String name, double memoryBytes, int cores, double nicBitsPerSecond) {
	}

	/**
	 * A VM; {@code dirtyBytesPerSecond} and {@code diskBytes} are negative when the export does not say.
	 *
	 * @param sharedStorage whether every disk is on network storage (reachable from any host); false when a disk is
	 *                      a local file or block device, or when there is no disk
	 */
	public record Vm(String name, String host, double memoryBytes, int vcpus, double diskBytes, boolean hasDisk,
			boolean sharedStorage, double dirtyBytesPerSecond) {
	}

	private final List<Host> hosts = new ArrayList<>();
	private final List<Vm> vms = new ArrayList<>();
	private final List<String> unknown = new ArrayList<>();

	public void add(Host host) {
		hosts.add(host);
	}

	public void add(Vm vm) {
		vms.add(vm);
	}

	/** Something the export could not tell, in a sentence the model's header repeats. */
	public void unknown(String what) {
		unknown.add(what);
	}

	public List<Host> hosts() {
		return List.copyOf(hosts);
	}

	public List<Vm> vms() {
		return List.copyOf(vms);
	}

	public List<String> unknowns() {
		return List.copyOf(unknown);
	}
}
