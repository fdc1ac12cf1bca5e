package org.vmmig.engine.model;

import java.util.List;
import java.util.Optional;

/** Hosts, the VMs running on them and the networks joining them. */
public record DataCenter(List<Host> hosts, List<Vm> vms, List<Network> networks) {

	public DataCenter {
		hosts = List.copyOf(hosts);
		vms = List.copyOf(vms);
		networks = List.copyOf(networks);
	}

	public Optional<Host> host(String name) {
		return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
	}

	public List<Vm> vmsOn(String hostName) {
		return vms.stream().filter(vm -> vm.hostName().equals(hostName)).toList();
	}
}
