package org.vmmig.engine.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Transfers sharing links, and their max-min fair rates ({@link FairShare}): the engine's one model of shared
 * bandwidth. The migration scheduler names its links by NIC direction, network and each migration's own cap; the
 * time simulation by NIC direction. Links are indexed in the order they are first named, so equally tight links
 * are filled in that order and the rates are deterministic.
 *
 * @param <K> how links are named
 */
public final class SharedLinks<K> {

	private final Map<K, Integer> index = new HashMap<>();
	private double[] capacity = new double[16];
	private int links;
	private final List<int[]> paths = new ArrayList<>();

	/** The link named {@code key}; its capacity is the one given when it is first named (any rate unit). */
	public int link(K key, double capacityWhenNew) {
		Integer known = index.get(key);
		if (known != null) {
			return known;
		}
		if (links == capacity.length) {
			capacity = Arrays.copyOf(capacity, 2 * links);
		}
		capacity[links] = capacityWhenNew;
		index.put(key, links);
		return links++;
	}

	/** Adds a transfer crossing these links (at least one). */
	public void transfer(int... path) {
		paths.add(path);
	}

	/** Each transfer's rate, in the order they were added, in the unit of the capacities. */
	public double[] rates() {
		return FairShare.rates(Arrays.copyOf(capacity, links), paths.toArray(int[][]::new));
	}
}
