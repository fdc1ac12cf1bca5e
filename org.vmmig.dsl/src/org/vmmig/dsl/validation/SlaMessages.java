package org.vmmig.dsl.validation;

import java.util.Locale;

import org.vmmig.engine.sla.SlaBreach;
import org.vmmig.engine.units.Formats;

/** How an SLA breach is told: one sentence with the VM, the promise and both numbers, and its issue code. */
public final class SlaMessages {

	private SlaMessages() {
	}

	public static String describe(SlaBreach breach) {
		String vm = "vm " + breach.vm();
		String times = breach.times() > 1 ? " (" + breach.times() + " migrations; the worst)" : "";
		return switch (breach.promise()) {
		case MAX_DOWNTIME -> vm + " would be paused " + Formats.seconds(breach.predicted()) + times
				+ ", more than its SLA's max-downtime " + Formats.seconds(breach.promised())
				+ "; consider post-copy, a higher bandwidth cap or a lower downtime-limit.";
		case MAX_DEGRADATION -> vm + " would lose " + percent(breach.predicted()) + " of its time while migrating" + times
				+ ", more than its SLA's max-degradation " + percent(breach.promised())
				+ "; consider pre-copy without auto-converge or more bandwidth.";
		case DEADLINE -> vm + " would arrive after " + Formats.seconds(breach.predicted()) + ", later than its SLA's deadline "
				+ Formats.seconds(breach.promised()) + "; consider more bandwidth, more concurrent migrations or post-copy.";
		};
	}

	public static String issueCode(SlaBreach.Promise promise) {
		return switch (promise) {
		case MAX_DOWNTIME -> VmigIssueCodes.SLA_DOWNTIME_BREACHED;
		case MAX_DEGRADATION -> VmigIssueCodes.SLA_DEGRADATION_BREACHED;
		case DEADLINE -> VmigIssueCodes.SLA_DEADLINE_BREACHED;
		};
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f %%", 100 * share);
	}
}
