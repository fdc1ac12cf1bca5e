package org.vmmig.engine.sla;

import java.util.Locale;
import java.util.Objects;

/**
 * A promise a migration breaks, as a value front ends can group, count and phrase: which VM, which promise, what
 * was promised and what is predicted (SI base units: seconds, or a share between 0 and 1).
 *
 * @param vm        the VM's name
 * @param promise   which promise
 * @param promised  the limit
 * @param predicted what the migration is predicted to cause (the worst of the VM's migrations in a time simulation)
 * @param times     how many of the VM's migrations break it (1 in a plan)
 */
public record SlaBreach(String vm, Promise promise, double promised, double predicted, int times) {

	/** The promises of a model's {@code sla} block, named by its keywords. */
	public enum Promise {
		MAX_DOWNTIME, MAX_DEGRADATION, DEADLINE;

		/** The keyword in a model: "max-downtime", "max-degradation", "deadline". */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	public SlaBreach {
		Objects.requireNonNull(vm, "vm");
		Objects.requireNonNull(promise, "promise");
		if (times < 1) {
			throw new IllegalArgumentException("a breach happens at least once");
		}
	}
}
