package org.vmmig.engine.sim;

/** What an {@link OverloadDetector} sees of a host at a scheduling step. */
public interface HostLoad {

	/** The CPU its VMs ask for (those migrating in included), as a share of its capacity; may exceed 1. */
	double requestedUtilisation();

	/** Its utilisation history: each VM's samples weighted by its size, most recent first. */
	double[] utilisationHistory();

	/**
	 * Whole scheduling steps its largest VM would take to leave it at the NIC share migrations may use — how far
	 * ahead local regression predicts.
	 */
	double stepsToMigrateLargestVm();
}
