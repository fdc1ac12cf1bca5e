package org.vmmig.generator;

/** A scenario nothing is generated for, and why: its plan is infeasible, or it has no plan to carry out. */
public final class GenerationRefused extends Exception {
	private static final long serialVersionUID = 1L;

	public GenerationRefused(String message) {
		super(message);
	}
}
