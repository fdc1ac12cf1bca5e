package org.vmmig.engine.tests.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.calibration.CalibrationResult;
import org.vmmig.engine.calibration.Calibrator;
import org.vmmig.engine.calibration.Comparison;
import org.vmmig.engine.calibration.MeasuredMigration;
import org.vmmig.engine.cost.Calibration;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * Calibration recovers the environment that produced the measurements: migrations are "measured" in an
 * environment whose migrations get 80 % of the nominal bandwidth and pay 50 ms per round, and the fit
 * must find those two numbers back.
 */
class CalibratorTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double BANDWIDTH = 10e9 / 8;

	private static List<MeasuredMigration> measuredIn(Calibration environment) {
		MigrationModel truth = MigrationModel.live(environment);
		List<MeasuredMigration> measured = new ArrayList<>();
		double[][] guests = { { 4, 50e6 }, { 8, 150e6 }, { 16, 300e6 }, { 32, 20e6 }, { 12, 400e6 }, { 2, 0 } };
		for (double[] guest : guests) {
			VmProfile vm = VmProfile.of(guest[0] * GIB, guest[1]);
			MigrationEstimate e = truth.estimate(vm, MigrationPath.lan(BANDWIDTH), MigrationPolicy.defaults());
			measured.add(new MeasuredMigration("synthetic", e.totalSeconds(), e.downtimeSeconds(), e.bytesTransferred(),
					vm.memoryBytes(), OptionalDouble.of(vm.dirtyBytesPerSecond()), OptionalDouble.empty(),
					OptionalInt.of(e.rounds()), "completed"));
		}
		return measured;
	}

	private static MeasuredMigration failed(double memory) {
		return new MeasuredMigration("failed", 10, 0, 1e9, memory, OptionalDouble.empty(), OptionalDouble.empty(),
				OptionalInt.empty(), "failed");
	}

	@Test
	void theFitFindsTheBandwidthEfficiencyAndRoundOverheadBack() {
		Calibration environment = new Calibration(0.80, 0.05);
		CalibrationResult result = new Calibrator().calibrate(measuredIn(environment), BANDWIDTH,
				MigrationPolicy.defaults());
		assertEquals(0.80, result.fitted().bandwidthEfficiency(), 1e-9);
		assertEquals(0.05, result.fitted().roundOverheadSeconds(), 1e-9);
		double before = CalibrationResult.meanAbsoluteError(result.before(), Comparison::totalTimeError);
		double after = CalibrationResult.meanAbsoluteError(result.after(), Comparison::totalTimeError);
		assertTrue(before > 0.2, "uncalibrated, the model is off by " + before);
		assertTrue(after < 1e-9, "calibrated, it matches: " + after);
	}

	@Test
	void migrationsThatDidNotCompleteAreSkippedAndCounted() {
		List<MeasuredMigration> measured = new ArrayList<>(measuredIn(Calibration.NONE));
		measured.add(failed(4 * GIB));
		CalibrationResult result = new Calibrator().calibrate(measured, BANDWIDTH, MigrationPolicy.defaults());
		assertEquals(1, result.skipped());
		assertEquals(Calibration.NONE, result.fitted(), "measurements the model already explains need no correction");
	}

	@Test
	void withoutACompletedMigrationThereIsNothingToCalibrate() {
		var error = assertThrows(IllegalArgumentException.class, () -> new Calibrator().calibrate(
				List.of(failed(GIB)), BANDWIDTH,
				MigrationPolicy.defaults()));
		assertEquals("no completed migration to calibrate against", error.getMessage());
	}
}
