package org.vmmig.engine.model;

/**
 * What a migration has to move and how the guest behaves meanwhile.
 *
 * @param memoryBytes              guest memory
 * @param dirtyBytesPerSecond      rate at which the guest writes memory
 * @param writableWorkingSetBytes  the memory the guest keeps rewriting (Clark et al.'s writable working
 *                                 set): pages dirtied in any interval never exceed it
 * @param zeroPageShare            share of memory that is zero pages (sent as a header only)
 * @param deviceStateBytes         CPU and device state, sent while the guest is paused
 * @param diskBytes                local disk to move when storage is not shared (0: none)
 * @param diskWriteBytesPerSecond  rate at which the guest writes its disk
 * @param dirtyProfile             the dirty rate over time; a constant {@code dirtyBytesPerSecond} unless given
 * @param dirtyPace                whether the dirtying needs the guest's CPU time (auto-converge slows it) or
 *                                 keeps a wall-clock pace (it does not); CPU time unless given
 */
public record VmProfile(double memoryBytes, double dirtyBytesPerSecond, double writableWorkingSetBytes,
		double zeroPageShare, double deviceStateBytes, double diskBytes, double diskWriteBytesPerSecond,
		DirtyProfile dirtyProfile, DirtyPace dirtyPace) {

	/** A typical size of vCPU and device state (a few hundred KiB to a few MiB); an assumption, calibratable. */
	public static final double DEFAULT_DEVICE_STATE_BYTES = 1024 * 1024;

	public VmProfile {
		Checks.positive(memoryBytes, "memory");
		Checks.nonNegative(dirtyBytesPerSecond, "dirty rate");
		Checks.nonNegative(writableWorkingSetBytes, "writable working set");
		Checks.fraction(zeroPageShare, "zero-page share");
		Checks.nonNegative(deviceStateBytes, "device state");
		Checks.nonNegative(diskBytes, "disk size");
		Checks.nonNegative(diskWriteBytesPerSecond, "disk write rate");
		// a working set larger than memory means all of memory
		writableWorkingSetBytes = Math.min(writableWorkingSetBytes, memoryBytes);
		if (dirtyProfile == null) {
			dirtyProfile = DirtyProfile.constant(dirtyBytesPerSecond);
		}
		if (dirtyPace == null) {
			dirtyPace = DirtyPace.CPU_TIME;
		}
	}

	/** A guest whose dirtying needs its CPU time (what auto-converge slows). */
	public VmProfile(double memoryBytes, double dirtyBytesPerSecond, double writableWorkingSetBytes,
			double zeroPageShare, double deviceStateBytes, double diskBytes, double diskWriteBytesPerSecond,
			DirtyProfile dirtyProfile) {
		this(memoryBytes, dirtyBytesPerSecond, writableWorkingSetBytes, zeroPageShare, deviceStateBytes, diskBytes,
				diskWriteBytesPerSecond, dirtyProfile, null);
	}

	/** A guest whose dirty rate is constant. */
	public VmProfile(double memoryBytes, double dirtyBytesPerSecond, double writableWorkingSetBytes,
			double zeroPageShare, double deviceStateBytes, double diskBytes, double diskWriteBytesPerSecond) {
		this(memoryBytes, dirtyBytesPerSecond, writableWorkingSetBytes, zeroPageShare, deviceStateBytes, diskBytes,
				diskWriteBytesPerSecond, null, null);
	}

	/** The same guest with a dirty rate that changes over time; its initial rate becomes the nominal one. */
	public VmProfile withDirtyProfile(DirtyProfile profile) {
		return new VmProfile(memoryBytes, profile.initialRate(), writableWorkingSetBytes, zeroPageShare,
				deviceStateBytes, diskBytes, diskWriteBytesPerSecond, profile, dirtyPace);
	}

	/** Memory and dirty rate only: the whole memory may be rewritten, no zero pages, no local disk. */
	public static VmProfile of(double memoryBytes, double dirtyBytesPerSecond) {
		return new VmProfile(memoryBytes, dirtyBytesPerSecond, memoryBytes, 0, DEFAULT_DEVICE_STATE_BYTES, 0, 0);
	}

	/** The same guest writing at a constant {@code bytesPerSecond} (the time simulation scales it by CPU use). */
	public VmProfile withDirtyRate(double bytesPerSecond) {
		return new VmProfile(memoryBytes, bytesPerSecond, writableWorkingSetBytes, zeroPageShare, deviceStateBytes,
				diskBytes, diskWriteBytesPerSecond, null, dirtyPace);
	}

	public VmProfile withWritableWorkingSet(double bytes) {
		return new VmProfile(memoryBytes, dirtyBytesPerSecond, bytes, zeroPageShare, deviceStateBytes, diskBytes,
				diskWriteBytesPerSecond, dirtyProfile, dirtyPace);
	}

	public VmProfile withZeroPageShare(double share) {
		return new VmProfile(memoryBytes, dirtyBytesPerSecond, writableWorkingSetBytes, share, deviceStateBytes,
				diskBytes, diskWriteBytesPerSecond, dirtyProfile, dirtyPace);
	}

	public VmProfile withDeviceState(double bytes) {
		return new VmProfile(memoryBytes, dirtyBytesPerSecond, writableWorkingSetBytes, zeroPageShare, bytes,
				diskBytes, diskWriteBytesPerSecond, dirtyProfile, dirtyPace);
	}

	public VmProfile withDisk(double bytes, double writeBytesPerSecond) {
		return new VmProfile(memoryBytes, dirtyBytesPerSecond, writableWorkingSetBytes, zeroPageShare,
				deviceStateBytes, bytes, writeBytesPerSecond, dirtyProfile, dirtyPace);
	}

	/** The same guest with its dirtying paced by CPU time (auto-converge slows it) or by the wall clock. */
	public VmProfile withDirtyPace(DirtyPace pace) {
		return new VmProfile(memoryBytes, dirtyBytesPerSecond, writableWorkingSetBytes, zeroPageShare,
				deviceStateBytes, diskBytes, diskWriteBytesPerSecond, dirtyProfile, pace);
	}
}
