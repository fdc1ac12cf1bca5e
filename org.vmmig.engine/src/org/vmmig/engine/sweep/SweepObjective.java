package org.vmmig.engine.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * What the best configuration of a sweep is: the one minimising (or maximising) a metric among those meeting
 * every constraint ({@code best minimize energy where slav < 0.01}).
 */
public record SweepObjective(SweepMetric metric, boolean minimize, List<Constraint> constraints) implements Serializable {

	private static final long serialVersionUID = 1L;

	public SweepObjective {
		constraints = List.copyOf(constraints);
	}

	/** A bound on a metric, in its SI base unit; {@code shown} is how the model wrote it. */
	public record Constraint(SweepMetric metric, Comparison comparison, double value, String shown) implements Serializable {
		private static final long serialVersionUID = 1L;

		public boolean holds(double actual) {
			if (Double.isNaN(actual)) {
				return false;
			}
			return switch (comparison) {
			case LT -> actual < value;
			case LE -> actual <= value;
			case GT -> actual > value;
			case GE -> actual >= value;
			};
		}
	}

	public enum Comparison {
		LT("<"), LE("<="), GT(">"), GE(">=");

		private final String symbol;

		Comparison(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}
	}

	public boolean feasible(double[] metrics) {
		return constraints.stream().allMatch(c -> c.holds(metrics[c.metric().ordinal()]));
	}

	/** "minimize energy where slav < 0.01 and migrations <= 30000" */
	public String describe() {
		StringBuilder text = new StringBuilder(minimize ? "minimize " : "maximize ").append(metric.word());
		for (int i = 0; i < constraints.size(); i++) {
			text.append(i == 0 ? " where " : " and ").append(constraints.get(i).shown());
		}
		return text.toString();
	}
}
