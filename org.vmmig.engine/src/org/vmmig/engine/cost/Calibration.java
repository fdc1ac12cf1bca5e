package org.vmmig.engine.cost;

/**
 * What measured migrations teach about an environment: the share of the nominal bandwidth migrations
 * really get (protocol overhead, other traffic, a slower disk or CPU than assumed), a fixed cost per
 * round (dirty-bitmap synchronisation, the iteration's bookkeeping) and a fixed cost of the switchover
 * (stopping the vCPUs, saving and loading device state, resuming at the destination: what a pause costs
 * beyond sending the last pages). Fitted by {@code vmmig calibrate}; the switchover cost is measured by
 * {@code vmmig lab} (docs/accuracy.md).
 */
public record Calibration(double bandwidthEfficiency, double roundOverheadSeconds, double switchoverSeconds) {

	public static final Calibration NONE = new Calibration(1, 0, 0);

	public Calibration {
		if (!(bandwidthEfficiency > 0) || Double.isInfinite(bandwidthEfficiency)) {
			throw new IllegalArgumentException("bandwidth efficiency must be > 0, not " + bandwidthEfficiency);
		}
		if (!(roundOverheadSeconds >= 0) || Double.isInfinite(roundOverheadSeconds)) {
			throw new IllegalArgumentException("round overhead must be >= 0 s, not " + roundOverheadSeconds);
		}
		if (!(switchoverSeconds >= 0) || Double.isInfinite(switchoverSeconds)) {
			throw new IllegalArgumentException("switchover cost must be >= 0 s, not " + switchoverSeconds);
		}
	}

	/** Bandwidth efficiency and round overhead only; no fixed switchover cost. */
	public Calibration(double bandwidthEfficiency, double roundOverheadSeconds) {
		this(bandwidthEfficiency, roundOverheadSeconds, 0);
	}
}
