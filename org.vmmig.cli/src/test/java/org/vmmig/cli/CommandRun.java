package org.vmmig.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code vmmig} command in this JVM, as the tests see it: its exit code and what it printed. */
public record CommandRun(int exitCode, String out, String err) {

	/** Runs {@code vmmig ARGS...} through {@link Main#run}, capturing standard output and error. */
	public static CommandRun vmmig(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		return new CommandRun(code, out.toString(), err.toString());
	}
}
