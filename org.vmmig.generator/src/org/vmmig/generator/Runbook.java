package org.vmmig.generator;

import java.util.List;

import org.vmmig.dsl.vmig.Policy;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.plan.ConcurrencyLimits;
import org.vmmig.engine.run.ScenarioResult;

/**
 * What a generator turns into a target's artefacts: one scenario's plan, as waves of moves, with the policy it
 * runs under — its knobs in SI units ({@code settings}) and as the model writes them ({@code knobs}).
 *
 * @param model    the model's file name, e.g. "lab.vmig"
 * @param result   the scenario's result, from {@code org.vmmig.dsl.run.ScenarioRunner}
 * @param policy   the policy's name
 * @param settings the policy's knobs as the engine reads them (the options' defaults filled in)
 * @param knobs    the knobs the policy writes, each with its source text
 * @param limits   the concurrency limits the plan honours
 */
public record Runbook(String model, ScenarioResult result, String policy, MigrationPolicy settings,
		List<WrittenKnob> knobs, ConcurrencyLimits limits, List<Wave> waves) {

	/** A knob the policy writes, e.g. {@code max-rounds 30}. */
	public record WrittenKnob(Knob knob, String text) {
	}

	public Runbook {
		knobs = List.copyOf(knobs);
		waves = List.copyOf(waves);
	}

	public String scenario() {
		return result.scenario();
	}

	public List<Move> moves() {
		return waves.stream().flatMap(w -> w.moves().stream()).toList();
	}

	public boolean writes(Knob knob) {
		return knobs.stream().anyMatch(k -> k.knob() == knob);
	}

	/** Reads the knobs a policy of the model writes. */
	static List<WrittenKnob> knobsOf(Policy policy) {
		return Knob.writtenBy(policy).stream().map(k -> new WrittenKnob(k, k.asWritten(policy))).toList();
	}
}
