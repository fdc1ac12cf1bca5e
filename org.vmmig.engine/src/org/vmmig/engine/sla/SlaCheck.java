package org.vmmig.engine.sla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.sim.TimeSimulationResult;

/**
 * Checks plans and time simulations against the VMs' promises. A pause counts against {@code max-downtime}, the
 * share of the migration the guest loses to throttling and post-copy faults
 * ({@code MigrationEstimate.degradationShare}) against {@code max-degradation}, and a migration's end (seconds
 * from the start of the plan) against {@code deadline}. A time simulation has no start to count a deadline from:
 * it checks each migration's pause and degradation, and reports the worst and how many broke the promise.
 */
public final class SlaCheck {

	private SlaCheck() {
	}

	/** The breaches of a plan, in the plan's order of migrations. */
	public static List<SlaBreach> of(Plan plan, Map<String, SlaPromise> promises) {
		List<SlaBreach> breaches = new ArrayList<>();
		for (Migration m : plan.migrations()) {
			SlaPromise promise = promises.get(m.vmName());
			if (promise == null) {
				continue;
			}
			check(breaches, m.vmName(), SlaBreach.Promise.MAX_DOWNTIME, promise.maxDowntimeSeconds(),
					m.estimate().downtimeSeconds());
			check(breaches, m.vmName(), SlaBreach.Promise.MAX_DEGRADATION, promise.maxDegradationShare(),
					m.estimate().degradationShare());
			check(breaches, m.vmName(), SlaBreach.Promise.DEADLINE, promise.deadlineSeconds(), m.endSeconds());
		}
		return breaches;
	}

	/** The breaches of a time simulation: per VM and promise, the worst migration and how many broke it. */
	public static List<SlaBreach> of(TimeSimulationResult result, Map<String, SlaPromise> promises) {
		Map<String, SlaBreach> worst = new LinkedHashMap<>();
		for (TimeSimulationResult.MigrationRecord m : result.migrationRecords()) {
			SlaPromise promise = promises.get(m.vm());
			if (promise == null) {
				continue;
			}
			worsen(worst, m.vm(), SlaBreach.Promise.MAX_DOWNTIME, promise.maxDowntimeSeconds(), m.downtimeSeconds());
			worsen(worst, m.vm(), SlaBreach.Promise.MAX_DEGRADATION, promise.maxDegradationShare(), m.degradationShare());
		}
		return List.copyOf(worst.values());
	}

	private static void check(List<SlaBreach> breaches, String vm, SlaBreach.Promise promise, double limit,
			double predicted) {
		if (predicted > limit) {
			breaches.add(new SlaBreach(vm, promise, limit, predicted, 1));
		}
	}

	private static void worsen(Map<String, SlaBreach> worst, String vm, SlaBreach.Promise promise, double limit,
			double predicted) {
		if (!(predicted > limit)) {
			return;
		}
		worst.merge(vm + "\u0000" + promise, new SlaBreach(vm, promise, limit, predicted, 1),
				(a, b) -> new SlaBreach(vm, promise, limit, Math.max(a.predicted(), b.predicted()), a.times() + 1));
	}
}
