package org.vmmig.engine.model;

/**
 * Why a policy migrates (a policy's {@code objective}), the five reasons of the consolidation literature. Each
 * steers where an evacuation puts VMs (see {@code org.vmmig.engine.plan.TargetRanking}) and gives the placement a
 * policy uses when it names none.
 */
public enum Objective {
	/** Spread the load: the emptiest host first (worst fit). */
	LOAD_BALANCING(Placement.WORST_FIT),
	/** Empty a host for maintenance: best fit, nothing else preferred (the default). */
	MAINTENANCE(Placement.BEST_FIT),
	/** Leave a host predicted to fail: hosts of another site, then of another storage pool, first. */
	FAULT_TOLERANCE(Placement.BEST_FIT),
	/** Pack onto the fewest hosts: hosts already running VMs first, power-aware best fit. */
	POWER_MANAGEMENT(Placement.POWER_AWARE_BEST_FIT),
	/** Keep communicating VMs (members of a group) together: the host with most of the VM's group peers first. */
	RESOURCE_SHARING(Placement.BEST_FIT);

	private final Placement placement;

	Objective(Placement placement) {
		this.placement = placement;
	}

	/** The placement of a policy with this objective that names none. */
	public Placement defaultPlacement() {
		return placement;
	}

	public String keyword() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
