package org.vmmig.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of the {@code vmmig} command. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs one command line and returns its exit code ({@link ExitCodes}); used by tests too. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new VmmigCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.USAGE_OR_IO);
		commandLine.setParameterExceptionHandler((exception, arguments) -> {
			err.println("vmmig: " + exception.getMessage());
			exception.getCommandLine().usage(err);
			return ExitCodes.USAGE_OR_IO;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}
}
