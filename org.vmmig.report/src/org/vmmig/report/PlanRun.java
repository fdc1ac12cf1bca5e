package org.vmmig.report;

import java.util.List;

import org.vmmig.engine.plan.Plan;

/**
 * One computed plan and where it comes from.
 *
 * @param scenario the scenario's name
 * @param policy   the name of the policy it ran under
 * @param hosts    the hosts it empties
 * @param plan     the engine's plan
 */
public record PlanRun(String scenario, String policy, List<String> hosts, Plan plan) {

	public PlanRun {
		hosts = List.copyOf(hosts);
	}
}
