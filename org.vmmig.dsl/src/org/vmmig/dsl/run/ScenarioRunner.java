package org.vmmig.dsl.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.vmig.Action;
import org.vmmig.dsl.vmig.Consolidation;
import org.vmmig.dsl.vmig.Evacuation;
import org.vmmig.dsl.vmig.Failure;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Rebalancing;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.MigrationScheduler;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Refusal;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.security.SecurityCheck;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.LoadBalancer;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.sla.SlaCheck;
import org.vmmig.engine.sla.SlaPromise;

/**
 * The one path from a scenario of a model to its result: every front end — the CLI's simulate, report and
 * compare, the Maven plugin, the workbench's Simulate and Generate Report, the editor's checks and hover — runs
 * scenarios here, under the options it was given, so they cannot disagree. Call it on models without
 * validation errors (in any file they import).
 */
public final class ScenarioRunner {

	private final RunOptions options;
	private final ModelMapper mapper;

	private final ConsolidationSimulator.Progress progress;

	public ScenarioRunner(RunOptions options) {
		this(options, (done, total) -> {
		});
	}

	/** Tells {@code progress} how far a time simulation has come (the CLI's progress line on a terminal). */
	public ScenarioRunner(RunOptions options, ConsolidationSimulator.Progress progress) {
		this.options = options;
		this.mapper = new ModelMapper(options.policyDefaults());
		this.progress = progress;
	}

	public RunOptions options() {
		return options;
	}

	/**
	 * A scenario that cannot run: a trace cannot be read, or the engine rejects what the model asks (a value the
	 * validator let through: a bug of the validator, but told at the scenario's place, never as a stack trace).
	 */
	public static final class ScenarioException extends Exception {
		private static final long serialVersionUID = 1L;

		private final int line;
		private final int column;

		ScenarioException(Scenario scenario, String message, Throwable cause) {
			super(message, cause);
			INode node = NodeModelUtils.findActualNodeFor(scenario);
			LineAndColumn at = node == null ? LineAndColumn.from(1, 1)
					: NodeModelUtils.getLineAndColumn(node, node.getOffset());
			this.line = at.getLine();
			this.column = at.getColumn();
		}

		/** The line of the scenario that failed, from 1. */
		public int line() {
			return line;
		}

		/** The column of the scenario that failed, from 1. */
		public int column() {
			return column;
		}
	}

	/** Runs a scenario of any kind under its own policy. */
	public ScenarioResult run(Scenario scenario) throws ScenarioException {
		Action action = scenario.getAction();
		try {
			if (action instanceof Simulation simulation) {
				return runTimeSimulation(scenario, simulation);
			}
			if (action instanceof Consolidation || action instanceof Rebalancing) {
				Plan plan = decideNow(action);
				Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
				return ScenarioResult.ofPlan(modelName(scenario), scenario.getName(), action(action),
						action.getPolicy().getName(), plan.evacuatedHosts(), plan, SlaCheck.of(plan, promises(scenario)),
						security(model, action.getPolicy(), plan), options);
			}
			return runUnder(scenario, action.getPolicy());
		} catch (SimulationMapper.TraceException e) {
			throw new ScenarioException(scenario, e.getMessage(), e);
		} catch (IllegalArgumentException e) { // the engine rejects a value the validator let through
			throw new ScenarioException(scenario, "scenario " + scenario.getName() + ": " + e.getMessage(), e);
		}
	}

	/** Runs every scenario of a model, in source order. */
	public List<ScenarioResult> runAll(Model model) throws ScenarioException {
		List<ScenarioResult> results = new ArrayList<>();
		for (Scenario scenario : scenarios(model)) {
			results.add(run(scenario));
		}
		return results;
	}

	/**
	 * An evacuation or a predicted failure under a policy of the model — its own, or another one to compare. Throws
	 * IllegalArgumentException for other actions or for a model the engine rejects.
	 */
	public ScenarioResult runUnder(Scenario scenario, Policy policy) {
		Action action = scenario.getAction();
		if (!plansWithoutTraces(scenario)) {
			throw new IllegalArgumentException("scenario " + scenario.getName() + " does not evacuate hosts");
		}
		Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
		List<String> hosts = hosts(action).stream().flatMap(h -> org.vmmig.dsl.mapping.Instances.hostNames(h).stream())
				.toList(); // a counted host: all of its hosts
		DataCenter dc = mapper.dataCenter(model);
		MigrationPolicy migrationPolicy = mapper.policy(policy);
		Plan plan = new EvacuationPlanner(ModelMapper.migrationModel(options, policy)).evacuate(dc, hosts, migrationPolicy,
				mapper.placementRules(model, policy), mapper.limits(policy), mapper.ranking(model, policy));
		Set<String> failing = action instanceof Failure ? Set.copyOf(hosts) : Set.of();
		return ScenarioResult.ofPlan(modelName(scenario), scenario.getName(), action(action), policy.getName(), hosts,
				plan, SlaCheck.of(plan, mapper.slaPromises(model)),
				SecurityCheck.of(plan, dc, migrationPolicy, mapper.securityPolicy(model, policy), failing), options);
	}

	/** Each migration of a decision's plan against the six security requirements (no host is predicted to fail). */
	private List<Compliance> security(Model model, Policy policy, Plan plan) {
		return SecurityCheck.of(plan, mapper.dataCenter(model), mapper.policy(policy), mapper.securityPolicy(model, policy),
				Set.of());
	}

	private ScenarioResult runTimeSimulation(Scenario scenario, Simulation simulation) throws SimulationMapper.TraceException {
		SimulationMapper.Input input = new SimulationMapper(options).input(simulation);
		TimeSimulationResult result = ConsolidationSimulator.run(input.hosts(), input.vms(), input.settings(), progress);
		return ScenarioResult.ofSimulation(modelName(scenario), scenario.getName(), simulation.getPolicy().getName(),
				result, SlaCheck.of(result, promises(scenario)), options);
	}

	/**
	 * One decision now, on the VMs' first CPU sample, memory never over-committed — consolidation (the policy's
	 * detector and selection, {@link ConsolidationSimulator#moves}) or load balancing ({@link LoadBalancer}) —
	 * then scheduled like an evacuation. The plan's "evacuated" hosts are those it empties.
	 */
	private Plan decideNow(Action action) throws SimulationMapper.TraceException {
		Model model = EcoreUtil2.getContainerOfType(action, Model.class);
		SimulationMapper.Input input = new SimulationMapper(options).inputNow(action);
		// the simulation's VMs and hosts hold the planner's (SimVm.vm, SimHost.host): its moves are scheduled as they are
		List<ConsolidationSimulator.Move> moves = action instanceof Rebalancing
				? LoadBalancer.moves(input.hosts(), input.vms(), LoadBalancer.DEFAULT_MARGIN)
				: ConsolidationSimulator.moves(input.hosts(), input.vms(), input.settings());
		DataCenter dc = mapper.dataCenter(model);
		List<MigrationScheduler.Request> requests = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		Map<String, Integer> remaining = new HashMap<>();
		dc.vms().forEach(v -> remaining.merge(v.hostName(), 1, Integer::sum));
		for (ConsolidationSimulator.Move m : moves) {
			var request = EvacuationPlanner.request(dc, m.vm().vm(), m.source().host(), m.target().host());
			if (request.isEmpty()) {
				unplaced.add(new Unplaced(m.vm().name(), new Refusal.NoNetwork(m.source().name(), m.target().name())));
				continue;
			}
			requests.add(request.get());
			remaining.merge(m.source().name(), -1, Integer::sum);
			remaining.merge(m.target().name(), 1, Integer::sum);
		}
		MigrationScheduler.Schedule schedule = new MigrationScheduler(
				ModelMapper.migrationModel(options, action.getPolicy())).schedule(requests,
				EvacuationPlanner.freeMemory(dc), mapper.policy(action.getPolicy()), mapper.limits(action.getPolicy()));
		unplaced.addAll(schedule.blocked());
		List<String> emptied = requests.stream().map(r -> r.source().name()).distinct()
				.filter(h -> remaining.getOrDefault(h, 0) == 0).sorted().toList();
		return new Plan(emptied, schedule.migrations(), unplaced);
	}

	private Map<String, SlaPromise> promises(Scenario scenario) {
		return mapper.slaPromises(EcoreUtil2.getContainerOfType(scenario, Model.class));
	}

	/** The scenarios of a model, in source order. */
	public static List<Scenario> scenarios(Model model) {
		return model == null ? List.of()
				: model.getElements().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast).toList();
	}

	/**
	 * Whether the scenario plans from the model alone — evacuations and predicted failures — so that the editor's
	 * checks and hover can run it as the user types; the others read the VMs' CPU traces.
	 */
	public static boolean plansWithoutTraces(Scenario scenario) {
		return scenario.getAction() instanceof Evacuation || scenario.getAction() instanceof Failure;
	}

	/** The time by which the hosts must be empty: an evacuation's deadline or a predicted failure. */
	public static Optional<Double> deadlineSeconds(Scenario scenario) {
		if (scenario.getAction() instanceof Failure failure) {
			return Optional.of(Quantities.toBase(failure.getTime(), 0));
		}
		if (scenario.getAction() instanceof Evacuation evacuation && evacuation.getDeadline() != null) {
			return Optional.of(Quantities.toBase(evacuation.getDeadline(), 0));
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

	private static ScenarioResult.Action action(Action action) {
		if (action instanceof Evacuation) {
			return ScenarioResult.Action.EVACUATE;
		}
		if (action instanceof Failure) {
			return ScenarioResult.Action.FAIL;
		}
		if (action instanceof Consolidation) {
			return ScenarioResult.Action.CONSOLIDATE;
		}
		if (action instanceof Rebalancing) {
			return ScenarioResult.Action.REBALANCE;
		}
		return ScenarioResult.Action.SIMULATE;
	}

	/** The model's file name, e.g. "lab.vmig" (decoded), as reports and the JSON name it. */
	static String modelName(Scenario scenario) {
		URI uri = scenario.eResource() == null ? null : scenario.eResource().getURI();
		return uri == null || uri.lastSegment() == null ? "model.vmig" : URI.decode(uri.lastSegment());
	}
}
