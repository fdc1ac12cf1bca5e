package org.vmmig.engine.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs no other run beats on both of two metrics, both to be minimised (energy and SLA violations, makespan
 * and total downtime): a run is on the front when no run is at least as good on both and better on one.
 */
public final class ParetoFront {

	private ParetoFront() {
	}

	/** Indices (into the lists) of the points on the front, in index order; points with a NaN are never on it. */
	public static List<Integer> of(double[] x, double[] y) {
		List<Integer> front = new ArrayList<>();
		for (int i = 0; i < x.length; i++) {
			if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
				continue;
			}
			boolean dominated = false;
			for (int j = 0; j < x.length && !dominated; j++) {
				dominated = j != i && !Double.isNaN(x[j]) && !Double.isNaN(y[j]) && x[j] <= x[i] && y[j] <= y[i]
						&& (x[j] < x[i] || y[j] < y[i]);
			}
			if (!dominated) {
				front.add(i);
			}
		}
		return front;
	}
}
