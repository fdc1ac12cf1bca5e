package org.vmmig.engine.cost;

/**
 * What measured migrations teach about an environment: the share of the nominal bandwidth migrations
 * really get (protocol overhead, other traffic, a slower disk or CPU than assumed) and a fixed cost per
 * round (dirty-bitmap synchronisation, the iteration's bookkeeping). Fitted by {@code vmmig calibrate}.
 */
public record Calibration(double bandwidthEfficiency, double roundOverheadSeconds) {

	public static final Calibration NONE = new Calibration(1, 0);

	public Calibration {
		if (!(bandwidthEfficiency > 0) || Double.isInfinite(bandwidthEfficiency)) {
			throw new IllegalArgumentException("bandwidth efficiency must be > 0, not " + bandwidthEfficiency);
		}
		if (!(roundOverheadSeconds >= 0) || Double.isInfinite(roundOverheadSeconds)) {
			throw new IllegalArgumentException("round overhead must be >= 0 s, not " + roundOverheadSeconds);
		}
	}
}
