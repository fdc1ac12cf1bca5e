package org.vmmig.engine.units;

/** What a quantity measures; each dimension has one base unit in the engine (see {@link Unit#toBase()}). */
public enum Dimension {
	DATA_SIZE("data size"),
	DATA_RATE("data rate"),
	DURATION("duration"),
	RATIO("ratio"),
	POWER("power"),
	ENERGY("energy"),
	COUNT("count");

	private final String displayName;

	Dimension(String displayName) {
		this.displayName = displayName;
	}

	/** The name users read in messages, e.g. "data size". */
	public String displayName() {
		return displayName;
	}
}
