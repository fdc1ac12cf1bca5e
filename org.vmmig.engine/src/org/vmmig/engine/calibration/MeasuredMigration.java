package org.vmmig.engine.calibration;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One migration as a hypervisor measured it, in SI base units (seconds, bytes, bytes per second).
 * Measurements a hypervisor did not report are empty optionals, never NaN. A migration that did not
 * complete keeps its status (QEMU's {@code failed}, libvirt's {@code Failed}, …) so callers can skip it;
 * its measurements are 0 where the hypervisor reported none (QEMU reports only the status of a failed
 * migration).
 *
 * @param source                   where it was read: {@code file#N} (N-th QEMU reply) or {@code file:line}
 *                                 (libvirt job starting on that line)
 * @param totalSeconds             from start to end
 * @param downtimeSeconds          the guest's pause
 * @param bytesTransferred         everything the migration sent: memory, and disk when it moved one
 * @param memoryBytes              the guest's memory
 * @param dirtyBytesPerSecond      the dirty rate the hypervisor measured (pages/s × page size)
 * @param throughputBytesPerSecond the throughput it measured
 * @param iterations               memory iterations (dirty bitmap syncs)
 * @param status                   the hypervisor's word for the outcome, e.g. "completed" or "Completed"
 * @param zeroPageBytes            memory sent as zero pages (QEMU "duplicate", libvirt "Constant pages"),
 *                                 capped at the memory: the calibrator models the first copy with it
 */
public record MeasuredMigration(String source, double totalSeconds, double downtimeSeconds, double bytesTransferred,
		double memoryBytes, OptionalDouble dirtyBytesPerSecond, OptionalDouble throughputBytesPerSecond,
		OptionalInt iterations, String status, OptionalDouble zeroPageBytes) {

	public MeasuredMigration {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(status, "status");
		measurement(totalSeconds, "total time");
		measurement(downtimeSeconds, "downtime");
		measurement(bytesTransferred, "bytes transferred");
		measurement(memoryBytes, "memory");
		measurement(dirtyBytesPerSecond, "dirty rate");
		measurement(throughputBytesPerSecond, "throughput");
		measurement(zeroPageBytes, "zero pages");
		if (Objects.requireNonNull(iterations, "iterations").orElse(0) < 0) {
			throw new IllegalArgumentException("iterations must be >= 0, not " + iterations.getAsInt());
		}
	}

	/** Without zero-page information. */
	public MeasuredMigration(String source, double totalSeconds, double downtimeSeconds, double bytesTransferred,
			double memoryBytes, OptionalDouble dirtyBytesPerSecond, OptionalDouble throughputBytesPerSecond,
			OptionalInt iterations, String status) {
		this(source, totalSeconds, downtimeSeconds, bytesTransferred, memoryBytes, dirtyBytesPerSecond,
				throughputBytesPerSecond, iterations, status, OptionalDouble.empty());
	}

	/** The hypervisor reported success: QEMU's "completed", libvirt's job type "Completed". */
	public boolean completed() {
		return status.equalsIgnoreCase("completed");
	}

	private static void measurement(OptionalDouble value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isPresent()) {
			measurement(value.getAsDouble(), name);
		}
	}

	private static void measurement(double value, String name) {
		if (!(value >= 0) || Double.isInfinite(value)) { // also refuses NaN
			throw new IllegalArgumentException(name + " must be a finite number >= 0, not " + value);
		}
	}
}
