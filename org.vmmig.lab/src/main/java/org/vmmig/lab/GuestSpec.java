package org.vmmig.lab;

import java.util.Locale;

/**
 * The lab guest: how much memory it has and what its workload does — the memory it keeps rewriting (the
 * writable working set), how fast, how much memory it fills once with non-zero data (the rest stays zero
 * pages), and whether its dirtying keeps a wall-clock pace or scales with the CPU time it gets. These go
 * to the guest's program on the kernel command line (lab/guest/dirtier.c).
 */
public record GuestSpec(long memoryBytes, long workingSetBytes, double dirtyBytesPerSecond, long fillBytes,
		Pace pace) {

	public enum Pace {
		/** A streaming writer: time the vCPU was stopped is made up afterwards; throttling does not slow it. */
		WALL,
		/** Dirtying scales with the CPU time the guest gets (what vmmig's auto-converge model assumes). */
		CPU
	}

	static final long MIB = 1024 * 1024;
	/**
	 * The guest's kernel, initramfs and page tables need about 40 MiB, and the kernel runs out of memory
	 * when the workload leaves it only 48 MiB (seen in the lab: a 128 MiB guest with 80 MiB of workload).
	 */
	static final long KERNEL_RESERVE = 64 * MIB;
	static final long MIN_MEMORY = 64 * MIB;
	static final long MAX_MEMORY = 4096 * MIB;

	public GuestSpec {
		if (pace == null) {
			throw new IllegalArgumentException("the guest needs a pace (wall or cpu)");
		}
		if (memoryBytes < MIN_MEMORY || memoryBytes > MAX_MEMORY || memoryBytes % MIB != 0) {
			throw new IllegalArgumentException("the lab guest's memory must be a whole number of MiB between 64 MiB"
					+ " and 4 GiB, not " + memoryBytes / (double) MIB + " MiB");
		}
		if (workingSetBytes < 4096 || fillBytes < 0) {
			throw new IllegalArgumentException("the working set must be at least one page (4 KiB) and the fill >= 0");
		}
		if (workingSetBytes + fillBytes > memoryBytes - KERNEL_RESERVE) {
			throw new IllegalArgumentException("working set + fill (" + (workingSetBytes + fillBytes) / MIB
					+ " MiB) leave the guest's kernel too little of its " + memoryBytes / MIB + " MiB: keep them at most "
					+ (memoryBytes - KERNEL_RESERVE) / MIB + " MiB");
		}
		if (!(dirtyBytesPerSecond >= 0) || Double.isInfinite(dirtyBytesPerSecond)) {
			throw new IllegalArgumentException("the dirty rate must be >= 0, not " + dirtyBytesPerSecond);
		}
	}

	/** The kernel command line: a serial console, no boot chatter, the workload's settings (in MiB). */
	String kernelArguments(double reportSeconds) {
		return String.format(Locale.ROOT,
				"console=ttyS0 quiet panic=-1 vmmig.wss=%.4f vmmig.rate=%.4f vmmig.fill=%.4f vmmig.pace=%s vmmig.report=%d",
				workingSetBytes / (double) MIB, dirtyBytesPerSecond / MIB, fillBytes / (double) MIB,
				pace.name().toLowerCase(Locale.ROOT), Math.round(reportSeconds * 1000));
	}

	long memoryMiB() {
		return memoryBytes / MIB;
	}
}
