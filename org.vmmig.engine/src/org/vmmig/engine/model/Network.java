package org.vmmig.engine.model;

import java.util.List;

/**
 * A network joining hosts: bandwidth (bytes/s), one-way latency (s), packet loss (0..1), whether it is a
 * WAN (hosts on it are in different subnets) and whether it is trusted (unencrypted traffic on it is not
 * exposed). When the model leaves its kind open ({@code kindOpen}), the sites decide: a move between hosts of two
 * different sites crosses a WAN, trusted only when the model marks the network {@code trusted}
 * ({@code markedTrusted}).
 */
public record Network(String name, double bandwidthBytesPerSecond, double latencySeconds, double lossRate, boolean wan,
		boolean trusted, List<String> hostNames, boolean kindOpen, boolean markedTrusted) {

	/** A network whose kind is given. */
	public Network(String name, double bandwidthBytesPerSecond, double latencySeconds, double lossRate, boolean wan,
			boolean trusted, List<String> hostNames) {
		this(name, bandwidthBytesPerSecond, latencySeconds, lossRate, wan, trusted, hostNames, false, trusted);
	}

	public Network {
		Checks.name(name, "a network");
		Checks.positive(bandwidthBytesPerSecond, "bandwidth of network " + name);
		Checks.nonNegative(latencySeconds, "latency of network " + name);
		Checks.fraction(lossRate, "loss rate of network " + name);
		hostNames = Checks.list(hostNames, "hosts of network " + name);
	}

	/** A trusted LAN without loss. */
	public Network(String name, double bandwidthBytesPerSecond, double latencySeconds, List<String> hostNames) {
		this(name, bandwidthBytesPerSecond, latencySeconds, 0, false, true, hostNames);
	}

	public boolean connects(String host, String otherHost) {
		return hostNames.contains(host) && hostNames.contains(otherHost);
	}
}
