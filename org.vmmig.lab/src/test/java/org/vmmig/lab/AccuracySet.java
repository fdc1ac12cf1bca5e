package org.vmmig.lab;

import static org.vmmig.lab.LabConfiguration.autoConverge;
import static org.vmmig.lab.LabConfiguration.hybrid;
import static org.vmmig.lab.LabConfiguration.multifd;
import static org.vmmig.lab.LabConfiguration.of;
import static org.vmmig.lab.LabConfiguration.postCopy;
import static org.vmmig.lab.LabConfiguration.preCopy;

import java.util.List;

import org.vmmig.lab.GuestSpec.Pace;

/**
 * The lab's own set of configurations (issue 14): two guest sizes, working sets and dirty rates from idle
 * to non-converging, two bandwidth caps (32 and 64 MiB/s: slow enough that a 128 MiB guest takes seconds,
 * so the runs are measurable and short), two downtime limits (QEMU's default 300 ms and 50 ms), pre-copy,
 * auto-converge, post-copy from the start, post-copy (after the first pass), after two passes, and multifd. Busy guests are given round
 * caps so that non-converging ones end in seconds.
 */
final class AccuracySet {

	private AccuracySet() {
	}

	/**
	 * How fast the loopback carries a stop-and-copy here (the model's path bandwidth): a guest that rewrites
	 * 64 MiB far faster than the cap, forced to stop after its first pass, so that its pause sends the whole
	 * working set without rate limit (QEMU lifts it for the final copy). Link = downtime-bytes / downtime.
	 */
	static final LabConfiguration LINK_PROBE = of("link-probe", "the loopback's speed for the model's path",
			192, 64, 128, 16, Pace.WALL, 32, 300, preCopy(1));

	static final List<LabConfiguration> CONFIGURATIONS = List.of(
			of("idle-128-c64", "idle guest, the first copy alone", 128, 4, 0, 16, Pace.WALL, 64, 300, preCopy()),
			of("idle-256-c64", "idle, larger and fuller", 256, 4, 0, 96, Pace.WALL, 64, 300, preCopy()),
			of("idle-128-c32", "idle, the lower cap", 128, 4, 0, 32, Pace.WALL, 32, 300, preCopy()),
			of("light-128-c64", "light writer", 128, 16, 8, 16, Pace.WALL, 64, 300, preCopy()),
			of("light-256-c32", "light writer, larger guest, lower cap", 256, 32, 4, 64, Pace.WALL, 32, 300, preCopy()),
			of("medium-128-c64", "a third of the bandwidth", 128, 32, 24, 16, Pace.WALL, 64, 300, preCopy()),
			of("medium-128-c64-d50", "the same at a 50 ms limit", 128, 32, 24, 16, Pace.WALL, 64, 50, preCopy()),
			of("medium-256-c32-d50", "larger guest, lower cap, 50 ms", 256, 32, 12, 64, Pace.WALL, 32, 50, preCopy()),
			of("busy-128-c64", "three quarters of the bandwidth", 128, 48, 48, 16, Pace.WALL, 64, 300, preCopy()),
			of("busy-128-c32-d50", "three quarters, lower cap, 50 ms", 128, 32, 24, 16, Pace.WALL, 32, 50, preCopy(12)),
			of("nonconv-128-c32", "dirties faster than the cap: round cap", 128, 32, 48, 16, Pace.WALL, 32, 300, preCopy(6)),
			of("nonconv-128-c64", "dirties faster than the cap, higher cap", 128, 48, 96, 16, Pace.WALL, 64, 300, preCopy(6)),
			of("autoconv-128-c32", "auto-converge on a CPU-paced writer", 128, 32, 40, 16, Pace.CPU, 32, 300, autoConverge()),
			of("autoconv-128-c64", "auto-converge, higher cap", 128, 48, 72, 16, Pace.CPU, 64, 300, autoConverge()),
			of("postcopy0-128-c64", "post-copy from the start", 128, 32, 32, 16, Pace.WALL, 64, 300, hybrid(0)),
			of("postcopy-128-c32", "post-copy: one pre-copy pass, then the switch", 128, 32, 48, 16, Pace.WALL, 32, 300, postCopy()),
			of("hybrid2-256-c64", "two passes, then post-copy", 256, 64, 48, 64, Pace.WALL, 64, 300, hybrid(2)),
			of("multifd2-128-c64", "two multifd channels", 128, 16, 16, 16, Pace.WALL, 64, 300, multifd(2)));

	/** Run again to measure the host's noise: an idle, a medium and a busy guest. */
	static final List<String> REPEATED = List.of("idle-128-c64", "medium-128-c64", "busy-128-c64");
	static final int REPEATS = 2;
}
