package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import org.junit.jupiter.api.Test;

/** A wrong value on the command line is a usage error: one clear line, exit 2, never a stack trace (issue 18). */
class CommandLineValuesTest {

	private static void usageError(CommandRun run, String expectedStart) {
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().startsWith(expectedStart), run.err());
		assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
	}

	@Test
	void malformedGlobsAreNamed() {
		usageError(vmmig("validate", "[z"), "vmmig: '[z' is not a valid pattern: Missing ']");
		usageError(vmmig("validate", "{a,b"), "vmmig: '{a,b' is not a valid pattern: Missing '}");
	}

	@Test
	void planetLabRefusesAbsurdEstatesAndRates() {
		String traces = "../../shared/data/planetlab/20110303";
		usageError(vmmig("planetlab", traces, "--hosts", "2000000000"), "vmmig: --hosts must be between 1 and 100000");
		usageError(vmmig("planetlab", traces, "--dirty-rate", "NaN"), "vmmig: --dirty-rate must be a number");
		usageError(vmmig("planetlab", traces, "--dirty-rate", "-5"), "vmmig: --dirty-rate must be a number");
	}

	@Test
	void outputThatCannotBeWrittenFailsTheCommand() {
		java.io.StringWriter err = new java.io.StringWriter();
		java.io.PrintWriter full = new java.io.PrintWriter(new java.io.Writer() {
			@Override
			public void write(char[] text, int offset, int length) throws java.io.IOException {
				throw new java.io.IOException("No space left on device");
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		});
		int code = Main.run(full, new java.io.PrintWriter(err), "validate", "--format", "sarif", "../examples/lab.vmig");
		assertEquals(ExitCodes.USAGE_OR_IO, code, err.toString());
		assertTrue(err.toString().contains("vmmig: cannot write to standard output"), err.toString());
	}

	@Test
	void anUnknownCommandIsAnErrorEvenWithHelp() {
		usageError(vmmig("frobnicate", "--help"), "vmmig: unknown command 'frobnicate'; the commands are validate, ");
	}
}
