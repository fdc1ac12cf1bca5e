package org.vmmig.engine.model;

import java.util.List;
import java.util.Optional;

/** Hosts, the VMs running on them, the networks joining them and the storage pools their disks live in. */
public record DataCenter(List<Host> hosts, List<Vm> vms, List<Network> networks, List<StoragePool> pools) {

	public DataCenter {
		hosts = Checks.list(hosts, "the data centre's hosts");
		vms = Checks.list(vms, "the data centre's VMs");
		for (Vm vm : vms) {
			Checks.name(vm.hostName(), "the host of vm " + vm.name()); // planning starts from where each VM runs
		}
		networks = Checks.list(networks, "the data centre's networks");
		pools = Checks.list(pools, "the data centre's storage pools");
	}

	/** Without named storage pools. */
	public DataCenter(List<Host> hosts, List<Vm> vms, List<Network> networks) {
		this(hosts, vms, networks, List.of());
	}

	public Optional<StoragePool> pool(String name) {
		return name == null ? Optional.empty() : pools.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	public Optional<Host> host(String name) {
		return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
	}

	public List<Vm> vmsOn(String hostName) {
		return vms.stream().filter(vm -> vm.hostName().equals(hostName)).toList();
	}
}
