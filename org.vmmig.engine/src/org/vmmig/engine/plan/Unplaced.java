package org.vmmig.engine.plan;

/** A VM the plan could not move, and why, in words a user can act on. */
public record Unplaced(String vmName, String reason) {
}
