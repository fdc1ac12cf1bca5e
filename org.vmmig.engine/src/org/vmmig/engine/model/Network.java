package org.vmmig.engine.model;

import java.util.List;

/** A network joining hosts: its bandwidth (bytes/s), one-way latency (s) and the hosts it connects. */
public record Network(String name, double bandwidthBytesPerSecond, double latencySeconds, List<String> hostNames) {

	public Network {
		Checks.name(name, "a network");
		Checks.positive(bandwidthBytesPerSecond, "bandwidth of network " + name);
		Checks.nonNegative(latencySeconds, "latency of network " + name);
		hostNames = List.copyOf(hostNames);
	}

	public boolean connects(String host, String otherHost) {
		return hostNames.contains(host) && hostNames.contains(otherHost);
	}
}
