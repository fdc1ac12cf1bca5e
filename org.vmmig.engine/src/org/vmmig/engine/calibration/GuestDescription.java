package org.vmmig.engine.calibration;

import java.util.OptionalDouble;

import org.vmmig.engine.model.VmProfile;

/**
 * What the user says about the measured guest, for what a hypervisor's reply does not tell: the memory it
 * keeps rewriting (writable working set) and its dirty rate (QEMU reports 0 in a completed reply), and the
 * memory it has, to check the reply against. Empty: not given.
 */
public record GuestDescription(OptionalDouble memoryBytes, OptionalDouble workingSetBytes,
		OptionalDouble dirtyBytesPerSecond) {

	/** QEMU's {@code ram.total} adds its ROM and firmware blocks to the guest's RAM: a few MiB, not 10 %. */
	static final double MEMORY_TOLERANCE = 0.10;

	public static final GuestDescription NONE = new GuestDescription(OptionalDouble.empty(), OptionalDouble.empty(),
			OptionalDouble.empty());

	/**
	 * The guest of a completed migration: memory and zero pages as measured; the dirty rate the reply gives,
	 * else the one described, else the one its trace shows ({@code traceRate}); the working set described, else
	 * all of memory.
	 *
	 * @throws CalibrationInputException when no dirty rate is known, or the reply's memory is not the guest's
	 */
	VmProfile profile(MeasuredMigration m, OptionalDouble traceRate) throws CalibrationInputException {
		if (memoryBytes.isPresent()
				&& Math.abs(m.memoryBytes() - memoryBytes.getAsDouble()) > MEMORY_TOLERANCE * memoryBytes.getAsDouble()) {
			throw new CalibrationInputException(m.source() + ": the reply's memory (" + mib(m.memoryBytes())
					+ ") is not the described guest's (" + mib(memoryBytes.getAsDouble())
					+ "): is it a migration of another guest?");
		}
		OptionalDouble rate = m.dirtyBytesPerSecond().isPresent() ? m.dirtyBytesPerSecond()
				: dirtyBytesPerSecond.isPresent() ? dirtyBytesPerSecond : traceRate;
		if (rate.isEmpty()) {
			throw new CalibrationInputException(m.source() + ": the reply does not give the guest's dirty rate (QEMU"
					+ " reports 0 once a migration completed, not the rate while it ran): give --dirty-rate, or the"
					+ " run's query-migrate trace (vmmig lab writes query-migrate.jsonl)");
		}
		return VmProfile.of(m.memoryBytes(), rate.getAsDouble())
				.withWritableWorkingSet(workingSetBytes.orElse(m.memoryBytes()))
				.withZeroPageShare(Math.min(1, m.zeroPageBytes().orElse(0) / m.memoryBytes()));
	}

	private static String mib(double bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
	}
}
