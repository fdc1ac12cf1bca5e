package org.vmmig.engine.sweep;

import java.io.Serializable;
import java.util.Arrays;

import org.vmmig.engine.run.ScenarioResult;

/**
 * What a sweep keeps of one run: every {@link SweepMetric}, by ordinal (NaN where the metric does not apply). Small
 * and serializable, so that thousands of runs fit in memory and a cluster can send them back.
 */
public record RunMetrics(double[] values) implements Serializable {

	private static final long serialVersionUID = 1L;

	public RunMetrics {
		if (values.length != SweepMetric.values().length) {
			throw new IllegalArgumentException("one value per metric");
		}
		values = values.clone();
	}

	public static RunMetrics of(ScenarioResult result) {
		return new RunMetrics(SweepMetric.all(result));
	}

	public double get(SweepMetric metric) {
		return values[metric.ordinal()];
	}

	@Override
	public double[] values() {
		return values.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RunMetrics m && Arrays.equals(values, m.values);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return Arrays.toString(values);
	}
}
