package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/**
 * {@code vmmig lab}'s command line: what it refuses before it starts any QEMU (exit code 2, one line, no
 * stack trace). The real migrations are tested by org.vmmig.lab's LabAccuracyTest.
 */
class LabCommandTest {

	private record Run(int exitCode, String out, String err) {
	}

	private static Run vmmig(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}

	private static void refused(String expected, String... args) {
		Run run = vmmig(args);
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.err());
		assertTrue(run.err().startsWith("vmmig: "), run.err());
		assertTrue(run.err().contains(expected), run.err());
		assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
	}

	@Test
	void theLabIsListedInTheHelp() {
		Run run = vmmig("lab", "--help");
		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().contains("--bandwidth-cap"), run.out());
		assertTrue(run.out().contains("--post-copy-after"), run.out());
	}

	@Test
	void wrongUnitsAndValuesAreRefusedWithTheOptionNamed() {
		refused("--memory expects a data size >= 0, got '1Gbps'", "lab", "--memory", "1Gbps");
		refused("--bandwidth-cap expects a data rate > 0, got '0MiB/s'", "lab", "--bandwidth-cap", "0MiB/s");
		refused("--downtime-limit: unknown unit 'parsecs'", "lab", "--downtime-limit", "3parsecs");
		refused("--technique expects pre-copy, post-copy or hybrid, got 'teleport'", "lab", "--technique", "teleport");
		refused("--pace expects wall or cpu", "lab", "--pace", "fast");
		refused("--accel expects auto, kvm or tcg", "lab", "--accel", "xen");
		refused("--streams expects a whole number >= 1, got 0", "lab", "--streams", "0");
	}

	@Test
	void aGuestTooSmallForItsWorkloadIsRefused() {
		refused("the lab guest's memory must be a whole number of MiB between 64 MiB and 4 GiB", "lab", "--memory", "32MiB");
		refused("leave the guest's kernel too little of its 128 MiB", "lab", "--working-set", "100MiB");
	}

	@Test
	void postCopyAfterPassesGoesWithPreCopyFirst() {
		refused("--post-copy-after goes with pre-copy first", "lab", "--technique", "post-copy", "--post-copy-after", "1");
	}
}
