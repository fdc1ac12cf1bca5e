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
	 * A VM; {@code dirtyBytesPerSecond} and {@code diskBytes} are negative when the export does not say (a dirty rate
	 * the export does not say becomes the placeholder {@code dirty-rate unknown}).
	 */
	public record Vm(String name, String host, double memoryBytes, int vcpus, double diskBytes, Storage storage,
			double dirtyBytesPerSecond) {
	}

	/** Where a VM's disks are, as far as the export tells. */
	public enum Storage {
		/** No disk, or disks only where every host reaches them by the platform's rule (KubeVirt migrates only those). */
		NOT_SAID,
		/** Every disk on network storage (RBD, iSCSI, NBD, Gluster): reachable from any host. */
		SHARED,
		/** A disk is a local file or block device: the plan copies it when the policy moves storage. */
		LOCAL,
		/** The export does not tell: the placeholder {@code storage unknown}. */
		UNKNOWN
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
