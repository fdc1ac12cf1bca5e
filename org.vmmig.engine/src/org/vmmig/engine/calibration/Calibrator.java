package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.cost.Calibration;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * Compares the model with measured migrations and fits the two calibration parameters — bandwidth
 * efficiency and per-round overhead — by least squares on the relative errors of total time and data
 * sent, searched on a fixed grid so the result is deterministic (efficiency 0.05–1.50 by 0.01, overhead
 * 0–1 s by 5 ms).
 */
public final class Calibrator {

	static final double EFFICIENCY_MIN = 0.05;
	static final double EFFICIENCY_MAX = 1.50;
	static final double EFFICIENCY_STEP = 0.01;
	static final double OVERHEAD_MAX = 1.0;
	static final double OVERHEAD_STEP = 0.005;

	/**
	 * @param bandwidth the path's nominal bandwidth (bytes/s): measurements do not record it
	 * @param policy    the policy the migrations ran with (downtime limit, …)
	 */
	public CalibrationResult calibrate(List<MeasuredMigration> measurements, double bandwidth, MigrationPolicy policy) {
		List<MeasuredMigration> usable = measurements.stream()
				.filter(m -> m.completed() && m.totalSeconds() > 0 && m.memoryBytes() > 0).toList();
		if (usable.isEmpty()) {
			throw new IllegalArgumentException("no completed migration to calibrate against");
		}
		MigrationPath path = MigrationPath.lan(bandwidth);
		List<Comparison> before = compare(usable, MigrationModel.live(), path, policy);
		Calibration best = Calibration.NONE;
		double bestCost = cost(before);
		int efficiencies = (int) Math.round((EFFICIENCY_MAX - EFFICIENCY_MIN) / EFFICIENCY_STEP);
		int overheads = (int) Math.round(OVERHEAD_MAX / OVERHEAD_STEP);
		for (int i = 0; i <= efficiencies; i++) {
			for (int j = 0; j <= overheads; j++) {
				Calibration candidate = new Calibration(EFFICIENCY_MIN + i * EFFICIENCY_STEP, j * OVERHEAD_STEP);
				double candidateCost = cost(compare(usable, MigrationModel.live(candidate), path, policy));
				if (candidateCost < bestCost) {
					bestCost = candidateCost;
					best = candidate;
				}
			}
		}
		return new CalibrationResult(before, best, compare(usable, MigrationModel.live(best), path, policy),
				measurements.size() - usable.size());
	}

	private static List<Comparison> compare(List<MeasuredMigration> measured, MigrationModel model, MigrationPath path,
			MigrationPolicy policy) {
		List<Comparison> comparisons = new ArrayList<>(measured.size());
		for (MeasuredMigration m : measured) {
			comparisons.add(new Comparison(m, model.estimate(profile(m), path, policy)));
		}
		return comparisons;
	}

	/**
	 * The guest as the hypervisor saw it: its memory, zero pages and measured dirty rate. Unreported zero
	 * pages or dirty rate count as none, the model's own defaults.
	 */
	static VmProfile profile(MeasuredMigration m) {
		return VmProfile.of(m.memoryBytes(), m.dirtyBytesPerSecond().orElse(0))
				.withZeroPageShare(Math.min(1, m.zeroPageBytes().orElse(0) / m.memoryBytes()));
	}

	private static double cost(List<Comparison> comparisons) {
		double sum = 0;
		for (Comparison c : comparisons) {
			sum += c.totalTimeError() * c.totalTimeError() + c.dataError() * c.dataError();
		}
		return sum;
	}
}
