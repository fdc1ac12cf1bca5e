package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.vmmig.engine.model.MigrationPolicy;

/**
 * Turns measurement files into calibration cases: each completed migration, checked for plausibility, with
 * the guest described by the user (and the dirty rate its trace shows when neither the reply nor the user
 * gives one) and the policy it ran under. Replies of running migrations are the trace; failed or cancelled
 * migrations are counted as skipped.
 */
public final class CalibrationCases {

	private final List<CalibrationCase> cases = new ArrayList<>();
	private int skipped;
	private int traceReplies;

	/** Adds the migrations of one file (in file order, as {@link MeasurementReader#read} returns them). */
	public void add(List<MeasuredMigration> file, GuestDescription guest, MigrationPolicy policy)
			throws CalibrationInputException {
		List<OptionalDouble> traceRates = TraceDirtyRate.estimate(file);
		for (int i = 0; i < file.size(); i++) {
			MeasuredMigration m = file.get(i);
			if (!m.completed()) {
				if (running(m.status())) {
					traceReplies++;
				} else {
					skipped++;
				}
				continue;
			}
			Plausibility.check(m, policy);
			cases.add(new CalibrationCase(m, guest.profile(m, traceRates.get(i)), policy));
		}
	}

	/**
	 * A migration still under way: QEMU's MigrationStatus values before completed/failed/cancelled, libvirt's
	 * job types of a running job (Bounded, Unbounded).
	 */
	static boolean running(String status) {
		String s = status.toLowerCase(java.util.Locale.ROOT);
		return s.equals("setup") || s.equals("active") || s.startsWith("postcopy") || s.equals("device")
				|| s.equals("pre-switchover") || s.equals("wait-unplug") || s.equals("colo") || s.equals("bounded")
				|| s.equals("unbounded");
	}

	public List<CalibrationCase> cases() {
		return List.copyOf(cases);
	}

	/** Migrations that failed or were cancelled. */
	public int skipped() {
		return skipped;
	}

	/** Replies of migrations still running: a trace, read for the dirty rate only. */
	public int traceReplies() {
		return traceReplies;
	}
}
