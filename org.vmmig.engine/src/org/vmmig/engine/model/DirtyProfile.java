package org.vmmig.engine.model;

import java.util.List;

/**
 * How fast a guest dirties memory over time, from the start of its migration: a sequence of phases of
 * constant rate, the last one lasting for ever (a batch job's write burst, then its steady state).
 */
public record DirtyProfile(List<Phase> phases) {

	/** {@code rateBytesPerSecond} for {@code seconds} (ignored for the last phase). */
	public record Phase(double rateBytesPerSecond, double seconds) {

		public Phase {
			Checks.nonNegative(rateBytesPerSecond, "dirty rate of a profile phase");
			Checks.nonNegative(seconds, "duration of a profile phase");
		}
	}

	public DirtyProfile {
		if (phases == null || phases.isEmpty()) {
			throw new IllegalArgumentException("a dirty-rate profile needs at least one phase");
		}
		phases = List.copyOf(phases);
	}

	public static DirtyProfile constant(double rateBytesPerSecond) {
		return new DirtyProfile(List.of(new Phase(rateBytesPerSecond, 0)));
	}

	public double initialRate() {
		return phases.get(0).rateBytesPerSecond();
	}

	/** Bytes written between two instants (seconds from the start): the integral of the piecewise rate. */
	public double bytesDirtied(double from, double to) {
		double total = 0;
		double phaseStart = 0;
		for (int i = 0; i < phases.size() && phaseStart < to; i++) {
			Phase phase = phases.get(i);
			double phaseEnd = i == phases.size() - 1 ? Double.POSITIVE_INFINITY : phaseStart + phase.seconds();
			double overlap = Math.min(to, phaseEnd) - Math.max(from, phaseStart);
			if (overlap > 0) {
				total += overlap * phase.rateBytesPerSecond();
			}
			phaseStart = phaseEnd;
		}
		return total;
	}
}
