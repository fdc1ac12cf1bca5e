package org.vmmig.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vmmig.engine.cost.Calibration;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * Calibration recovers the environment that produced the measurements: migrations are "measured" in an
 * environment whose migrations get, e.g., 80 % of the nominal bandwidth, pay 50 ms per round and 10 ms per
 * switchover, and the fit must find those numbers back.
 */
class CalibratorTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double BANDWIDTH = 10e9 / 8;

	private static List<CalibrationCase> measuredIn(Calibration environment) {
		MigrationModel truth = MigrationModel.live(environment);
		List<CalibrationCase> measured = new ArrayList<>();
		double[][] guests = { { 4, 50e6 }, { 8, 150e6 }, { 16, 300e6 }, { 32, 20e6 }, { 12, 400e6 }, { 2, 0 } };
		for (double[] guest : guests) {
			VmProfile vm = VmProfile.of(guest[0] * GIB, guest[1]);
			MigrationEstimate e = truth.estimate(vm, MigrationPath.lan(BANDWIDTH), MigrationPolicy.defaults());
			measured.add(new CalibrationCase(new MeasuredMigration("synthetic", e.totalSeconds(), e.downtimeSeconds(),
					e.bytesTransferred(), vm.memoryBytes(), OptionalDouble.empty(), OptionalDouble.empty(),
					OptionalInt.of(e.rounds()), "completed"), vm, MigrationPolicy.defaults()));
		}
		return measured;
	}

	@Test
	void theFitFindsTheBandwidthEfficiencyRoundOverheadAndSwitchoverBack() {
		Calibration environment = new Calibration(0.80, 0.05, 0.01);
		CalibrationResult result = new Calibrator().calibrate(measuredIn(environment), BANDWIDTH, 0);
		assertEquals(environment, result.fitted());
		double before = CalibrationResult.meanAbsoluteError(result.before(), Comparison::totalTimeError);
		double after = CalibrationResult.meanAbsoluteError(result.after(), Comparison::totalTimeError);
		assertTrue(before > 0.2, "uncalibrated, the model is off by " + before);
		assertTrue(after < 1e-9, "calibrated, it matches: " + after);
	}

	/** The coarse-to-fine search finds the grid's best point wherever it lies, also at the grid's edges. */
	@ParameterizedTest
	@CsvSource({ "1.06, 0, 0", "0.35, 0.4, 0.002", "1.5, 0, 0", "0.05, 1.0, 0", "0.97, 0.005, 0.1" })
	void environmentsAcrossTheGridAreFoundBack(double efficiency, double overhead, double switchover) {
		Calibration environment = new Calibration(efficiency, overhead, switchover);
		assertEquals(environment, new Calibrator().calibrate(measuredIn(environment), BANDWIDTH, 0).fitted());
	}

	/** Above 200 migrations the grid is searched on a spread sample, then around its best points on all of them. */
	@Test
	void manyMigrationsAreFittedAsExactly() {
		Calibration environment = new Calibration(0.87, 0.035, 0.004);
		MigrationModel truth = MigrationModel.live(environment);
		List<CalibrationCase> measured = new ArrayList<>();
		for (int k = 0; k < 1000; k++) {
			VmProfile vm = VmProfile.of((1 + k % 17) * GIB, (k % 23) * 15e6).withZeroPageShare((k % 10) / 20.0);
			MigrationEstimate e = truth.estimate(vm, MigrationPath.lan(BANDWIDTH), MigrationPolicy.defaults());
			measured.add(new CalibrationCase(new MeasuredMigration("m" + k, e.totalSeconds(), e.downtimeSeconds(),
					e.bytesTransferred(), vm.memoryBytes(), OptionalDouble.empty(), OptionalDouble.empty(),
					OptionalInt.of(e.rounds()), "completed"), vm, MigrationPolicy.defaults()));
		}
		assertEquals(environment, new Calibrator().calibrate(measured, BANDWIDTH, 0).fitted());
	}

	@Test
	void measurementsTheModelAlreadyExplainsNeedNoCorrection() {
		assertEquals(Calibration.NONE, new Calibrator().calibrate(measuredIn(Calibration.NONE), BANDWIDTH, 1).fitted());
	}

	@Test
	void progressCountsUpToItsTotal() {
		List<long[]> steps = new ArrayList<>();
		new Calibrator().calibrate(measuredIn(Calibration.NONE), BANDWIDTH, 0,
				(done, total) -> steps.add(new long[] { done, total }));
		long[] last = steps.get(steps.size() - 1);
		assertEquals(146 * 201 * 6, last[1], "every point of the grid for each of the 6 migrations");
		assertEquals(last[1], last[0], "ends at its total");
		assertTrue(steps.stream().allMatch(step -> step[1] == last[1] && step[0] <= last[1]));
	}

	@Test
	void withoutACompletedMigrationThereIsNothingToCalibrate() {
		var error = assertThrows(IllegalArgumentException.class,
				() -> new Calibrator().calibrate(List.of(), BANDWIDTH, 1));
		assertEquals("no completed migration to calibrate against", error.getMessage());
	}
}
