package org.vmmig.generator;

/**
 * A knob the policy writes that the target has no equivalent for: the generated output names it in a comment
 * and the generator warns, so that the user knows the runbook does not do it.
 *
 * @param knob the knob as the model writes it, e.g. "max-rounds 30"
 * @param why  why the target cannot do it
 */
public record Unrealised(String knob, String why) {

	/** The warning the generator prints. */
	public String warning(Target target, String scenario) {
		return "scenario " + scenario + ": '" + knob + "' has no " + target.id() + " equivalent and is not applied ("
				+ why + ")";
	}
}
