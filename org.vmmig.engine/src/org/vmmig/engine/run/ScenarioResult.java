package org.vmmig.engine.run;

import java.util.List;
import java.util.Objects;

import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.sla.SlaBreach;

/**
 * What one scenario of a model gave under one run's options — the one result every front end shows, renders
 * and writes (docs/report-format.md describes its JSON document). A scenario either plans moves now (an
 * evacuation, a predicted failure, one consolidation or rebalancing decision) or simulates a horizon.
 *
 * @param model      the model's file name, e.g. "lab.vmig"
 * @param scenario   the scenario's name
 * @param action     what the scenario asks for
 * @param policy     the name of the policy it ran under (its own, or another one in a comparison)
 * @param hosts      the hosts an evacuation or failure empties, or those a decision emptied; empty for a time
 *                   simulation
 * @param plan       the plan; null for a time simulation
 * @param simulation the time simulation; null for a plan
 * @param slaBreaches the VMs' SLA promises the plan or the simulation breaks
 * @param security   each planned migration against the six security requirements (six rows per migration, in plan
 *                   order); empty for a time simulation, whose migrations are not checked
 * @param options    the options it ran under
 */
public record ScenarioResult(String model, String scenario, Action action, String policy, List<String> hosts, Plan plan,
		TimeSimulationResult simulation, List<SlaBreach> slaBreaches, List<Compliance> security, RunOptions options) {

	/** What a scenario asks for, named by its keyword in the language. */
	public enum Action {
		EVACUATE, FAIL, CONSOLIDATE, REBALANCE, SIMULATE;

		/** The keyword, as in a model: "evacuate", "fail", ... */
		public String keyword() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public ScenarioResult {
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(scenario, "scenario");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(options, "options");
		hosts = List.copyOf(hosts);
		slaBreaches = List.copyOf(slaBreaches);
		security = List.copyOf(security);
		if ((plan == null) == (simulation == null)) {
			throw new IllegalArgumentException("a scenario result holds a plan or a time simulation, not both or neither");
		}
		if ((action == Action.SIMULATE) != (simulation != null)) {
			throw new IllegalArgumentException("only a simulate scenario gives a time simulation");
		}
	}

	public static ScenarioResult ofPlan(String model, String scenario, Action action, String policy, List<String> hosts,
			Plan plan, List<SlaBreach> slaBreaches, RunOptions options) {
		return ofPlan(model, scenario, action, policy, hosts, plan, slaBreaches, List.of(), options);
	}

	/** A plan with the compliance of its migrations ({@code org.vmmig.engine.security.SecurityCheck}). */
	public static ScenarioResult ofPlan(String model, String scenario, Action action, String policy, List<String> hosts,
			Plan plan, List<SlaBreach> slaBreaches, List<Compliance> security, RunOptions options) {
		return new ScenarioResult(model, scenario, action, policy, hosts, plan, null, slaBreaches, security, options);
	}

	public static ScenarioResult ofSimulation(String model, String scenario, String policy, TimeSimulationResult simulation,
			List<SlaBreach> slaBreaches, RunOptions options) {
		return new ScenarioResult(model, scenario, Action.SIMULATE, policy, List.of(), null, simulation, slaBreaches,
				List.of(), options);
	}

	/** The security requirements the model requires of a migration and the plan does not meet. */
	public List<Compliance> unmetSecurity() {
		return security.stream().filter(Compliance::requiredButNotMet).toList();
	}

	public boolean isTimeSimulation() {
		return simulation != null;
	}

	/** "evacuate h1, h2 using standard", "simulate using thr (THR-MMT-0.8)": what ran, in a line. */
	public String description() {
		String what = action.keyword();
		if (!hosts.isEmpty()) {
			what += (action == Action.CONSOLIDATE || action == Action.REBALANCE ? " emptying " : " ") + String.join(", ", hosts);
		}
		what += " using " + policy;
		return isTimeSimulation() ? what + " (" + simulation.label() + ")" : what;
	}
}
