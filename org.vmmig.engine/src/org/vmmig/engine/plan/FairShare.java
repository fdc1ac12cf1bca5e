package org.vmmig.engine.plan;

import java.util.PriorityQueue;

/**
 * Max-min fair rates for flows crossing shared links, by progressive filling (Bertsekas and Gallager, "Data
 * Networks", 2nd ed., 1992, §6.5.2): all rates grow together; when a link is full, the flows crossing it are
 * frozen at its fair share; the others go on growing. No flow can get more without taking from one that has
 * less. Deterministic: among equally tight links the lowest index is filled first.
 */
public final class FairShare {

	private FairShare() {
	}

	/**
	 * @param capacity the capacity of each link (any rate unit)
	 * @param links    for each flow, the indices of the links it crosses (at least one)
	 * @return each flow's rate, in the unit of {@code capacity}
	 */
	public static double[] rates(double[] capacity, int[][] links) {
		double[] free = capacity.clone();
		int[] users = new int[capacity.length];
		for (int[] path : links) {
			if (path.length == 0) {
				throw new IllegalArgumentException("a flow must cross at least one link");
			}
			for (int link : path) {
				users[link]++;
			}
		}
		int[][] flowsOf = new int[capacity.length][];
		int[] filled = new int[capacity.length];
		for (int l = 0; l < capacity.length; l++) {
			flowsOf[l] = new int[users[l]];
		}
		for (int f = 0; f < links.length; f++) {
			for (int link : links[f]) {
				flowsOf[link][filled[link]++] = f;
			}
		}
		// the tightest link first; entries go stale when a link's load changes and are then skipped
		PriorityQueue<double[]> tightest = new PriorityQueue<>(
				(a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
		int[] version = new int[capacity.length];
		for (int l = 0; l < capacity.length; l++) {
			if (users[l] > 0) {
				tightest.add(new double[] { Math.max(0, free[l]) / users[l], l, 0 });
			}
		}
		double[] rate = new double[links.length];
		boolean[] fixed = new boolean[links.length];
		while (!tightest.isEmpty()) {
			double[] entry = tightest.poll();
			int bottleneck = (int) entry[1];
			if (entry[2] != version[bottleneck] || users[bottleneck] == 0) {
				continue;
			}
			double share = entry[0];
			for (int f : flowsOf[bottleneck]) {
				if (fixed[f]) {
					continue;
				}
				fixed[f] = true;
				rate[f] = share;
				for (int link : links[f]) {
					free[link] -= share;
					users[link]--;
					version[link]++;
					if (link != bottleneck && users[link] > 0) {
						tightest.add(new double[] { Math.max(0, free[link]) / users[link], link, version[link] });
					}
				}
			}
		}
		return rate;
	}
}
