package org.vmmig.engine.sim;

/** What a {@link VmSelection} sees of a VM that may leave an overloaded host. */
public interface VmLoad {

	double memoryBytes();

	/** The CPU it asks for now, as a share of its own capacity. */
	double utilisation();

	/** Its utilisation samples, most recent first (at most {@code VmRuntime.HISTORY_LENGTH}). */
	double[] history();
}
