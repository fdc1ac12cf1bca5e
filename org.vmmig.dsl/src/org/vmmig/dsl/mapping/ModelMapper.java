package org.vmmig.dsl.mapping;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Network;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.units.Dimension;

/**
 * Maps a parsed .vmig model onto the engine's API. The engine knows nothing of EMF or Xtext; this class
 * is the only place where the two meet. Call it on models without validation errors.
 */
public final class ModelMapper {

	public DataCenter dataCenter(Model model) {
		List<org.vmmig.engine.model.Host> hosts = new ArrayList<>();
		List<org.vmmig.engine.model.Vm> vms = new ArrayList<>();
		List<org.vmmig.engine.model.Network> networks = new ArrayList<>();
		for (var element : model.getElements()) {
			if (element instanceof Host host) {
				hosts.add(host(host));
			} else if (element instanceof Vm vm) {
				vms.add(vm(vm));
			} else if (element instanceof Network network) {
				networks.add(network(network));
			}
		}
		return new DataCenter(hosts, vms, networks);
	}

	public org.vmmig.engine.model.Host host(Host host) {
		return new org.vmmig.engine.model.Host(host.getName(), Quantities.toBase(host.getMemory(), Dimension.DATA_SIZE, 0),
				Quantities.toBase(host.getNic(), Dimension.DATA_RATE, 0));
	}

	public org.vmmig.engine.model.Vm vm(Vm vm) {
		String hostName = vm.getHost() == null ? null : vm.getHost().getName();
		return new org.vmmig.engine.model.Vm(vm.getName(), Quantities.toBase(vm.getMemory(), Dimension.DATA_SIZE, 0),
				Quantities.toBase(vm.getDirtyRate(), Dimension.DATA_RATE, 0), hostName);
	}

	public org.vmmig.engine.model.Network network(Network network) {
		List<String> hostNames = network.getHosts().stream().map(Host::getName).toList();
		return new org.vmmig.engine.model.Network(network.getName(), Quantities.toBase(network.getBandwidth(), Dimension.DATA_RATE, 0),
				Quantities.toBase(network.getLatency(), Dimension.DURATION, 0), hostNames);
	}

	/** A policy's knobs; what the model leaves out takes the engine's defaults. */
	public MigrationPolicy policy(Policy policy) {
		MigrationPolicy defaults = MigrationPolicy.defaults();
		double downtime = Quantities.toBase(policy.getDowntimeLimit(), Dimension.DURATION,
				defaults.downtimeLimitSeconds());
		int rounds = policy.getMaxRounds() > 0 ? policy.getMaxRounds() : defaults.maxRounds();
		double cap = Quantities.toBase(policy.getBandwidthCap(), Dimension.DATA_RATE,
				defaults.bandwidthCapBytesPerSecond());
		return defaults.toBuilder().downtimeLimitSeconds(downtime).maxRounds(rounds).bandwidthCapBytesPerSecond(cap)
				.build();
	}
}
