package org.vmmig.dsl.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;

import org.vmmig.dsl.vmig.Action;
import org.vmmig.dsl.vmig.Consolidation;
import org.vmmig.dsl.vmig.Evacuation;
import org.vmmig.dsl.vmig.Failure;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Rebalancing;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.MigrationScheduler;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.LoadBalancer;
import org.vmmig.engine.units.Dimension;

/** Computes the plan a scenario asks for, through the engine. Used by the CLI, the validator and the UI. */
public final class ScenarioRunner {

	private final ModelMapper mapper = new ModelMapper();
	private final EvacuationPlanner planner;
	private final MigrationModel model;

	/** With the faithful cost model. */
	public ScenarioRunner() {
		this(MigrationModel.live());
	}

	/** With a chosen cost model, e.g. {@link MigrationModel#cloudSim()} to compare with CloudSim studies. */
	public ScenarioRunner(MigrationModel model) {
		this.planner = new EvacuationPlanner(model);
		this.model = model;
	}

	/** Whether this version of the engine can plan the scenario's action (evacuations and predicted failures). */
	public static boolean canPlan(Scenario scenario) {
		return scenario.getAction() instanceof Evacuation || scenario.getAction() instanceof Failure;
	}

	/**
	 * Whether the engine can plan the scenario when its files may be read: also one-shot consolidation, which
	 * reads the VMs' CPU traces (the command line plans it; the editor's checks do not).
	 */
	public static boolean canPlanWithTraces(Scenario scenario) {
		return canPlan(scenario) || scenario.getAction() instanceof Consolidation
				|| scenario.getAction() instanceof Rebalancing;
	}

	/**
	 * One decision now, on the VMs' first CPU sample, memory never over-committed — consolidation (the policy's
	 * detector and selection, {@link ConsolidationSimulator#decide}) or load balancing ({@link LoadBalancer}) —
	 * then scheduled like an evacuation. The plan's "evacuated" hosts are those it empties.
	 */
	public Plan planNow(Scenario scenario) throws SimulationMapper.TraceException {
		Action action = scenario.getAction();
		Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
		SimulationMapper.Input input = new SimulationMapper().inputNow(action, this.model);
		List<ConsolidationSimulator.Decision> decisions = action instanceof Rebalancing
				? LoadBalancer.decide(input.hosts(), input.vms(), LoadBalancer.DEFAULT_MARGIN)
				: ConsolidationSimulator.decide(input.hosts(), input.vms(), input.settings());
		DataCenter dc = mapper.dataCenter(model);
		Map<String, org.vmmig.engine.model.Host> hosts = new HashMap<>();
		dc.hosts().forEach(h -> hosts.put(h.name(), h));
		Map<String, org.vmmig.engine.model.Vm> vms = new HashMap<>();
		dc.vms().forEach(v -> vms.put(v.name(), v));
		List<MigrationScheduler.Request> requests = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		Map<String, Integer> remaining = new HashMap<>();
		dc.vms().forEach(v -> remaining.merge(v.hostName(), 1, Integer::sum));
		for (ConsolidationSimulator.Decision d : decisions) {
			var request = EvacuationPlanner.request(dc, vms.get(d.vm()), hosts.get(d.source()), hosts.get(d.target()));
			if (request.isEmpty()) {
				unplaced.add(new Unplaced(d.vm(), "no network connects " + d.source() + " to " + d.target()));
				continue;
			}
			requests.add(request.get());
			remaining.merge(d.source(), -1, Integer::sum);
			remaining.merge(d.target(), 1, Integer::sum);
		}
		MigrationPolicy policy = mapper.policy(action.getPolicy());
		MigrationScheduler.Schedule schedule = new MigrationScheduler(this.model).schedule(requests,
				EvacuationPlanner.freeMemory(dc), policy, mapper.limits(action.getPolicy()));
		unplaced.addAll(schedule.blocked());
		List<String> emptied = requests.stream().map(r -> r.source().name()).distinct()
				.filter(h -> remaining.getOrDefault(h, 0) == 0).sorted().toList();
		return new Plan(emptied, schedule.migrations(), unplaced);
	}

	/**
	 * The plan of an evacuation or a predicted failure. Call on a model without validation errors and only
	 * when {@link #canPlan}; a model the engine rejects throws IllegalArgumentException.
	 */
	public Plan plan(Scenario scenario) {
		Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
		Action action = scenario.getAction();
		List<String> hosts = hosts(action).stream().map(Host::getName).toList();
		return planner.evacuate(mapper.dataCenter(model), hosts, mapper.policy(action.getPolicy()),
				mapper.placementRules(model, action.getPolicy()), mapper.limits(action.getPolicy()));
	}

	/** The time by which the hosts must be empty: an evacuation's deadline or a predicted failure. */
	public static Optional<Double> deadlineSeconds(Scenario scenario) {
		if (scenario.getAction() instanceof Failure failure) {
			return Optional.of(Quantities.toBase(failure.getTime(), Dimension.DURATION, 0));
		}
		if (scenario.getAction() instanceof Evacuation evacuation && evacuation.getDeadline() != null) {
			return Optional.of(Quantities.toBase(evacuation.getDeadline(), Dimension.DURATION, 0));
		}
		return Optional.empty();
	}

	public static List<Host> hosts(Action action) {
		if (action instanceof Evacuation evacuation) {
			return evacuation.getHosts();
		}
		if (action instanceof Failure failure) {
			return failure.getHosts();
		}
		return List.of();
	}
}
