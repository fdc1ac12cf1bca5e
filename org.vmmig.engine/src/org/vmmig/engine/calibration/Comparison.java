package org.vmmig.engine.calibration;

import org.vmmig.engine.cost.MigrationEstimate;

/** One measured migration next to what the model predicts for the same inputs. */
public record Comparison(MeasuredMigration measured, MigrationEstimate predicted) {

	/** (predicted − measured) / measured, or 0 when nothing was measured. */
	static double relativeError(double predicted, double measured) {
		return measured > 0 ? (predicted - measured) / measured : 0;
	}

	public double totalTimeError() {
		return relativeError(predicted.totalSeconds(), measured.totalSeconds());
	}

	public double downtimeError() {
		return relativeError(predicted.downtimeSeconds(), measured.downtimeSeconds());
	}

	public double dataError() {
		return relativeError(predicted.bytesTransferred(), measured.bytesTransferred());
	}
}
