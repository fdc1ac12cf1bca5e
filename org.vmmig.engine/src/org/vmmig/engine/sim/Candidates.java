package org.vmmig.engine.sim;

/**
 * The hosts one placement search found suitable, each with its cost, in the order the search looked at them (that of
 * the host indices): {@link Reallocation#findHost} checks them for overload cheapest first.
 *
 * <p>{@link #cheapest} is the first of least cost by {@code <}, as CloudSim's search compares costs: a NaN or a cost
 * of {@link Double#MAX_VALUE} or more never wins there (its best starts at MAX_VALUE), so it is not kept; a −0 ties
 * with +0 and the earlier host wins.
 */
final class Candidates {

	private final int[] hosts;
	private final double[] costs;
	/** Whether the host uses no CPU yet: no VM there can be overloaded by one more (CloudSim does not check). */
	private final boolean[] empty;
	private int count;
	/** The first of least cost while none was dropped (found as they are added), or −1: then searched for. */
	private int known = -1;

	Candidates(int capacity) {
		hosts = new int[capacity];
		costs = new double[capacity];
		empty = new boolean[capacity];
	}

	void clear() {
		count = 0;
		known = -1;
	}

	void add(int host, double cost, boolean hostEmpty) {
		if (cost < Double.MAX_VALUE) {
			hosts[count] = host;
			costs[count] = cost;
			empty[count] = hostEmpty;
			if (count == 0 || cost < costs[known]) {
				known = count;
			}
			count++;
		}
	}

	/** The position of the first candidate of least cost, or −1 when none is left. */
	int cheapest() {
		if (known >= 0) {
			return known;
		}
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

	boolean empty(int position) {
		return empty[position];
	}

	/** The candidate at {@code position} is out (it was overloaded). */
	void drop(int position) {
		costs[position] = Double.MAX_VALUE;
		known = -1;
	}
}
