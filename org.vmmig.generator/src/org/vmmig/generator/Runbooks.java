package org.vmmig.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.report.Explanations;
import org.vmmig.engine.run.ScenarioResult;

/** Builds a scenario's {@link Runbook} from its result, as {@link ScenarioRunner} computes it. */
public final class Runbooks {

	/** Start times closer than this are one instant of the plan (the scheduler computes them alike). */
	private static final double SAME_INSTANT_SECONDS = 1e-9;

	private Runbooks() {
	}

	/** The runbook of a scenario; refused when it has no plan to carry out or its plan cannot place every VM. */
	public static Runbook of(Scenario scenario, ScenarioRunner runner) throws GenerationRefused {
		ScenarioResult result;
		try {
			result = runner.run(scenario);
		} catch (ScenarioRunner.ScenarioException | IllegalArgumentException e) {
			throw new GenerationRefused("scenario " + scenario.getName() + " cannot run: " + e.getMessage());
		}
		if (result.isTimeSimulation()) {
			throw new GenerationRefused("scenario " + scenario.getName()
					+ " simulates over time: it has no plan of moves to carry out (evacuate, fail, consolidate or rebalance has)");
		}
		Plan plan = result.plan();
		if (!plan.feasible()) {
			throw new GenerationRefused("scenario " + scenario.getName() + ": the plan cannot place every VM, so no runbook is written: "
					+ plan.unplaced().stream().map(Runbooks::describe).collect(Collectors.joining("; ")));
		}
		Model model = EcoreUtil2.getContainerOfType(scenario, Model.class);
		Policy policy = scenario.getAction().getPolicy();
		ModelMapper mapper = new ModelMapper(runner.options().policyDefaults());
		var settings = mapper.policy(policy);
		Map<String, Vm> vms = mapper.dataCenter(model).vms().stream().collect(Collectors.toMap(Vm::name, Function.identity()));
		List<Wave> waves = waves(plan, vms, settings.moveStorage());
		return new Runbook(result.model(), result, policy.getName(), settings, Runbook.knobsOf(policy),
				mapper.limits(policy), waves);
	}

	/** The plan's migrations grouped by the instant the plan starts them, in plan order. */
	static List<Wave> waves(Plan plan, Map<String, Vm> vms, boolean moveStorage) {
		List<Migration> ordered = new ArrayList<>(plan.migrations());
		ordered.sort(java.util.Comparator.comparingDouble(Migration::startSeconds));
		List<Wave> waves = new ArrayList<>();
		List<Move> current = new ArrayList<>();
		double start = Double.NaN;
		for (Migration m : ordered) {
			if (!current.isEmpty() && m.startSeconds() - start > SAME_INSTANT_SECONDS) {
				waves.add(new Wave(waves.size() + 1, start, current));
				current = new ArrayList<>();
			}
			if (current.isEmpty()) {
				start = m.startSeconds();
			}
			Vm vm = vms.get(m.vmName());
			double memory = vm == null ? 0 : vm.profile().memoryBytes();
			boolean localDisk = vm != null && !vm.sharedStorage();
			current.add(new Move(m.vmName(), m.sourceHost(), m.targetHost(), memory, localDisk && moveStorage,
					m.startSeconds(), m.durationSeconds()));
		}
		if (!current.isEmpty()) {
			waves.add(new Wave(waves.size() + 1, start, current));
		}
		return waves;
	}

	private static String describe(Unplaced unplaced) {
		return unplaced.vmName() + ": " + Explanations.of(unplaced.refusal());
	}
}
