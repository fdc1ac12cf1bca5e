package org.vmmig.engine.calibration;

import java.util.Objects;

/**
 * A fact about a guest's workload read from a hypervisor, for a VM of a model: its dirty rate (bytes/s) or
 * the share of its memory that is zero pages (0..1).
 *
 * @param source where it was read: {@code file#N} (N-th JSON reply) or {@code file:line}
 * @param domain the libvirt domain it is about, or null when the file does not say (a QMP reply)
 * @param how    what it was computed from, for the user ("ram.duplicate 22,110 × 4096 B of ram.total …")
 */
public record WorkloadFact(String source, String domain, Kind kind, double value, String how) {

	public enum Kind {
		/** The VM's {@code dirty-rate}, in bytes per second. */
		DIRTY_RATE("dirty-rate"),
		/** The VM's {@code zero-pages}, a share of its memory. */
		ZERO_PAGES("zero-pages");

		private final String property;

		Kind(String property) {
			this.property = property;
		}

		/** The property of a {@code vm} this fact sets. */
		public String property() {
			return property;
		}
	}

	public WorkloadFact {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(how, "how");
		if (!(value >= 0) || Double.isInfinite(value) || kind == Kind.ZERO_PAGES && value > 1) {
			throw new IllegalArgumentException(kind.property() + " out of range: " + value);
		}
	}
}
