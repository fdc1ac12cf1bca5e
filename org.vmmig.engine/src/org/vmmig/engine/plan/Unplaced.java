package org.vmmig.engine.plan;

/**
 * A VM the plan could not move, and why: a {@link Refusal} (its kind and data), which
 * {@link org.vmmig.engine.report.Explanations} phrases in words a user can act on.
 */
public record Unplaced(String vmName, Refusal refusal) {
}
