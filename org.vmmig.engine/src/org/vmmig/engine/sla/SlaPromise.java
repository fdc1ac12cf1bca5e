package org.vmmig.engine.sla;

import java.util.Objects;

/**
 * What a VM's owner was promised about its migrations (a model's {@code sla { ... }}); a limit that was not given
 * is {@link Double#POSITIVE_INFINITY}.
 *
 * @param vm                   the VM's name
 * @param maxDowntimeSeconds   the longest pause one migration may cause
 * @param maxDegradationShare  the largest share of a migration's time the guest may lose (throttling, post-copy
 *                             faults), between 0 and 1
 * @param deadlineSeconds      by when, from the start of a plan, the VM must have arrived
 */
public record SlaPromise(String vm, double maxDowntimeSeconds, double maxDegradationShare, double deadlineSeconds) {

	public SlaPromise {
		Objects.requireNonNull(vm, "vm");
		for (double limit : new double[] { maxDowntimeSeconds, maxDegradationShare, deadlineSeconds }) {
			if (!(limit >= 0)) {
				throw new IllegalArgumentException("an SLA limit of VM " + vm + " is negative or not a number");
			}
		}
	}

	/** A VM without promises. */
	public static SlaPromise none(String vm) {
		return new SlaPromise(vm, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
	}
}
