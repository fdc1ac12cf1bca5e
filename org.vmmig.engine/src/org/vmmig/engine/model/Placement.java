package org.vmmig.engine.model;

/**
 * How a target host is chosen among those a VM may move to and fits (a policy's {@code placement}).
 * In an evacuation "fit" is measured in free memory; in the time simulation in CPU (MIPS), as in Beloglazov and
 * Buyya's experiments, where memory and the NIC only decide whether a host is suitable.
 */
public enum Placement {
	/** The fullest host that still fits (best-fit decreasing keeps large holes for large VMs). */
	BEST_FIT,
	/** The first host in the model's order that fits. */
	FIRST_FIT,
	/** The emptiest host (spreads the load). */
	WORST_FIT,
	/**
	 * The host whose power grows least (Beloglazov and Buyya, FGCS 2012, §4.2 PABFD). In an evacuation, where CPU
	 * load and power curves are often not modelled, this is a host already running VMs before an idle one (an idle
	 * server still draws about 70 % of its peak), then best fit.
	 */
	POWER_AWARE_BEST_FIT;

	/** As in a model: "best-fit", "power-aware-best-fit". */
	public String keyword() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
