package org.vmmig.lab;

import org.vmmig.engine.cost.MigrationEstimate;

/**
 * A lab run beside vmmig's prediction for it: the relative errors of total time and data, the pause's error
 * in seconds and relative, and whether the convergence verdicts agree. Errors are (predicted − measured) /
 * measured: positive means vmmig predicts more.
 */
public record LabComparison(LabResult run, Measured measured, MigrationEstimate predicted) {

	/** The pause target of issue 14: within 30 % or 20 ms, whichever is larger. */
	public static final double PAUSE_RELATIVE_TOLERANCE = 0.30;
	public static final double PAUSE_ABSOLUTE_TOLERANCE = 0.020;

	public static LabComparison of(LabResult run, MigrationEstimate predicted) {
		return new LabComparison(run, run.measured(), predicted);
	}

	public double totalTimeError() {
		return (predicted.totalSeconds() - measured.totalSeconds()) / measured.totalSeconds();
	}

	public double dataError() {
		return (predicted.bytesTransferred() - measured.bytesTransferred()) / measured.bytesTransferred();
	}

	/** Whether the measured pause means anything (not after a QEMU 7.2 post-copy; see {@link Measured}). */
	public boolean pauseComparable() {
		return measured.downtimeValid();
	}

	public double pauseErrorSeconds() {
		return predicted.downtimeSeconds() - measured.downtimeSeconds();
	}

	public double pauseError() {
		return pauseErrorSeconds() / measured.downtimeSeconds();
	}

	/** Within the pause target: |error| <= max(30 % of the measured pause, 20 ms). */
	public boolean pauseWithinTarget() {
		return Math.abs(pauseErrorSeconds()) <= Math.max(PAUSE_RELATIVE_TOLERANCE * measured.downtimeSeconds(),
				PAUSE_ABSOLUTE_TOLERANCE);
	}

	public boolean verdictRight() {
		return predicted.converged() == measured.converged();
	}
}
