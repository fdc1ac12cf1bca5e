package org.vmmig.engine.calibration;

import org.vmmig.engine.model.MigrationPolicy;

/**
 * Replies that cannot be a completed migration's figures are refused rather than fitted: one such reply skews
 * a least-squares fit more than all the others correct it.
 */
final class Plausibility {

	/** Pages are sent whole: a completed migration sends at least its non-zero memory, less a little for rounding. */
	static final double MIN_SHARE_OF_NON_ZERO_MEMORY = 0.9;

	private Plausibility() {
	}

	static void check(MeasuredMigration m, MigrationPolicy policy) throws CalibrationInputException {
		if (!(m.totalSeconds() > 0)) {
			throw refused(m, "a completed migration took 0 s ('total-time' is 0)");
		}
		if (m.downtimeSeconds() > m.totalSeconds()) {
			// QEMU 7.2 after post-copy: downtime is the time since its clock's start, e.g. 1,500 s for a 2 s migration
			throw refused(m, "the downtime (" + Messages.number(m.downtimeSeconds()) + " s) is longer than the whole"
					+ " migration (" + Messages.number(m.totalSeconds()) + " s): not a pause (QEMU 7.2 reports a"
					+ " clock reading after post-copy); leave this reply out");
		}
		double nonZero = m.memoryBytes() - m.zeroPageBytes().orElse(0);
		boolean reduced = policy.compression().enabled() || policy.xbzrle().enabled();
		if (!reduced && m.bytesTransferred() < MIN_SHARE_OF_NON_ZERO_MEMORY * nonZero) {
			throw refused(m, "it sent " + Messages.number(m.bytesTransferred()) + " bytes, less than the guest's "
					+ Messages.number(nonZero) + " bytes of non-zero memory: not the reply of a whole migration");
		}
	}

	private static CalibrationInputException refused(MeasuredMigration m, String why) {
		return new CalibrationInputException(m.source() + ": implausible reply: " + why);
	}
}
