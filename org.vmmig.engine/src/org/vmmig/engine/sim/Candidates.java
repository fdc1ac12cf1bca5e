package org.vmmig.engine.sim;

/**
 * The hosts one placement search found suitable, each with its cost, in the order the search looked at them (that of
 * the host indices): {@link Reallocation#findHost} checks them for overload cheapest first.
 *
 * <p>{@link #cheapest} is the first of least cost by {@code <}, as CloudSim's search compares costs: a NaN or a cost
 * of {@link Double#MAX_VALUE} or more never wins there (its best starts at MAX_VALUE), so it never wins here; a −0
 * ties with +0 and the earlier host wins.
 *
 * <p>{@link #add} is as small as it is so that the JIT's first tier inlines it into the search's loop over the hosts
 * (a call there costs that loop its registers); the least cost is found when first asked for, in a loop of its own.
 */
final class Candidates {

	private final int[] hosts;
	private final double[] costs;
	private int count;

	Candidates(int capacity) {
		hosts = new int[capacity];
		costs = new double[capacity];
	}

	void clear() {
		count = 0;
	}

	void add(int host, double cost) {
		int at = count;
		hosts[at] = host;
		costs[at] = cost;
		count = at + 1;
	}

	/** The position of the first candidate of least cost, or −1 when none is left. */
	int cheapest() {
		int best = -1;
		double min = Double.MAX_VALUE;
		for (int c = 0; c < count; c++) {
			if (costs[c] < min) {
				min = costs[c];
				best = c;
			}
		}
		return best;
	}

	int host(int position) {
		return hosts[position];
	}

	/** The candidate at {@code position} is out (it was overloaded). */
	void drop(int position) {
		costs[position] = Double.MAX_VALUE;
	}
}
