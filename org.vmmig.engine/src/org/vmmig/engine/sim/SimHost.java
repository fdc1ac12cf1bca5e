package org.vmmig.engine.sim;

import java.util.Objects;

import org.vmmig.engine.model.Host;

/**
 * A physical server of a time simulation: the planner's {@link Host} (name, memory, NIC in bytes per second),
 * with what the time simulation adds — {@code pes} processing elements (cores) of {@code peMips} each and a power
 * model.
 */
public record SimHost(Host host, double peMips, int pes, PowerModel power) {

	/** A host outside any zone, site or pool. */
	public SimHost(String name, double peMips, int pes, double memoryBytes, double nicBytesPerSecond, PowerModel power) {
		this(host(name, peMips, pes, memoryBytes, nicBytesPerSecond), peMips, pes, power);
	}

	public SimHost {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(power, "power");
		if (!(peMips > 0) || pes < 1) {
			throw new IllegalArgumentException("host '" + host.name() + "' needs positive MIPS, cores, memory and NIC speed");
		}
	}

	private static Host host(String name, double peMips, int pes, double memoryBytes, double nicBytesPerSecond) {
		Objects.requireNonNull(name, "name");
		if (!(peMips > 0) || pes < 1 || !(memoryBytes > 0) || !(nicBytesPerSecond > 0)) {
			throw new IllegalArgumentException("host '" + name + "' needs positive MIPS, cores, memory and NIC speed");
		}
		return new Host(name, memoryBytes, nicBytesPerSecond);
	}

	public String name() {
		return host.name();
	}

	public double memoryBytes() {
		return host.memoryBytes();
	}

	public double nicBytesPerSecond() {
		return host.nicBytesPerSecond();
	}

	public double totalMips() {
		return peMips * pes;
	}
}
