package org.vmmig.engine.calibration;

/**
 * One migration as a hypervisor measured it, in SI base units. Optional measurements are NaN-free: a
 * value of -1 means "not reported" (see the has* methods).
 *
 * @param source             where it came from: file and line or record number
 * @param completed          the hypervisor reported success
 * @param totalSeconds       from start to end
 * @param downtimeSeconds    the guest's pause
 * @param bytesTransferred   bytes sent
 * @param memoryBytes        guest memory
 * @param zeroBytes          memory found to be zero pages (QEMU "duplicate", libvirt "Constant pages")
 * @param dirtyBytesPerSecond the dirty rate the hypervisor measured, or -1
 * @param throughputBytesPerSecond the throughput it measured, or -1
 * @param iterations         memory iterations (dirty-sync-count / Iteration), or -1
 */
public record MeasuredMigration(String source, boolean completed, double totalSeconds, double downtimeSeconds,
		double bytesTransferred, double memoryBytes, double zeroBytes, double dirtyBytesPerSecond,
		double throughputBytesPerSecond, int iterations) {

	public boolean hasDirtyRate() {
		return dirtyBytesPerSecond >= 0;
	}

	public boolean hasIterations() {
		return iterations >= 0;
	}
}
