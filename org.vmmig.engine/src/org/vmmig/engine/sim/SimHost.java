package org.vmmig.engine.sim;

import java.util.Objects;

/**
 * A physical server of a time simulation: {@code pes} processing elements (cores) of {@code peMips} each,
 * memory, a network interface and a power model.
 */
public record SimHost(String name, double peMips, int pes, double memoryBytes, double nicBitsPerSecond,
		PowerModel power) {

	public SimHost {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(power, "power");
		if (!(peMips > 0) || pes < 1 || !(memoryBytes > 0) || !(nicBitsPerSecond > 0)) {
			throw new IllegalArgumentException("host '" + name + "' needs positive MIPS, cores, memory and NIC speed");
		}
	}

	public double totalMips() {
		return peMips * pes;
	}
}
