package org.vmmig.engine.sim;

/** Which VM leaves an overloaded host first (Beloglazov and Buyya, CCPE 2012, §5.2). */
public enum VmSelection {
	/** The VM that migrates fastest: the least memory. */
	MINIMUM_MIGRATION_TIME("MMT"),
	/** The VM whose utilisation history is best explained by the others' (highest R² of a regression). */
	MAXIMUM_CORRELATION("MC"),
	/** A VM drawn at random from the seeded generator. */
	RANDOM("RS"),
	/** The VM using the least CPU. */
	MINIMUM_UTILISATION("MU");

	private final String label;

	VmSelection(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
