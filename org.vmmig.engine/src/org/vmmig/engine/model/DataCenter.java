package org.vmmig.engine.model;

import java.util.List;
import java.util.Optional;

/** Hosts, the VMs running on them and the networks joining them. */
public record DataCenter(List<Host> hosts, List<Vm> vms, List<Network> networks) {

	public DataCenter {
		hosts = Checks.list(hosts, "the data centre's hosts");
		vms = Checks.list(vms, "the data centre's VMs");
		networks = Checks.list(networks, "the data centre's networks");
	}

	public Optional<Host> host(String name) {
		return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
	}

	public List<Vm> vmsOn(String hostName) {
		return vms.stream().filter(vm -> vm.hostName().equals(hostName)).toList();
	}
}
