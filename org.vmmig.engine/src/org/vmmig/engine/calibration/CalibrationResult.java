package org.vmmig.engine.calibration;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.vmmig.engine.cost.Calibration;

/**
 * The outcome of calibrating against measured migrations: how far the uncalibrated model was, the
 * fitted parameters, and how far the calibrated model is.
 */
public record CalibrationResult(List<Comparison> before, Calibration fitted, List<Comparison> after, int skipped) {

	public CalibrationResult {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

	/** Mean absolute relative error of a metric (0.1 = 10 %), over the compared migrations. */
	public static double meanAbsoluteError(List<Comparison> comparisons, ToDoubleFunction<Comparison> error) {
		return comparisons.stream().mapToDouble(c -> Math.abs(error.applyAsDouble(c))).average().orElse(0);
	}
}
