package org.vmmig.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of the {@code vmmig} command. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		// standard output straight on its file descriptor: System.out swallows write errors, so a full disk
		// (validate --format sarif > /dev/full) would pass a CI step with an empty file
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
				new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.Charset.defaultCharset()), true);
		System.exit(run(out, new PrintWriter(System.err, true), args));
	}

	/** Runs one command line and returns its exit code ({@link ExitCodes}); used by tests too. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine single = SingleCommand.of(args); // the subcommand alone: a faster start (see there)
		CommandLine commandLine = single != null ? single : new CommandLine(new VmmigCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.USAGE_OR_IO);
		commandLine.setParameterExceptionHandler((exception, arguments) -> {
			err.println("vmmig: " + exception.getMessage());
			exception.getCommandLine().usage(err);
			return ExitCodes.USAGE_OR_IO;
		});
		// a bug must not greet the user with a stack trace: one line, its own exit code
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			err.println("vmmig: internal error (" + exception + "); please report it with the command line that "
					+ "caused it");
			return ExitCodes.INTERNAL_ERROR;
		});
		if (single == null && args.length > 0 && !args[0].startsWith("-")
				&& !commandLine.getSubcommands().containsKey(args[0])) {
			// "vmmig frobnicate --help" would otherwise print the main help and exit 0
			err.println("vmmig: unknown command '" + args[0] + "'; the commands are "
					+ String.join(", ", commandLine.getSubcommands().keySet()));
			err.flush();
			return ExitCodes.USAGE_OR_IO;
		}
		int code;
		try {
			code = commandLine.execute(single != null ? SingleCommand.arguments(args) : args);
		} catch (OutOfMemoryError e) { // an Error passes picocli's handler: still one line, never a stack trace
			err.println("vmmig: out of memory (this JVM may take " + Runtime.getRuntime().maxMemory() / (1 << 20)
					+ " MiB); give it more: VMMIG_JAVA_OPTS=-Xmx8g ./vmmig ...");
			err.flush();
			return ExitCodes.USAGE_OR_IO;
		} catch (StackOverflowError e) {
			err.println("vmmig: internal error (too deeply nested); please report it with the command line that caused it");
			err.flush();
			return ExitCodes.INTERNAL_ERROR;
		}
		err.flush();
		if (out.checkError()) { // flushes, and tells whether any write failed
			err.println("vmmig: cannot write to standard output (a full disk or a closed pipe?); what it got is incomplete");
			err.flush();
			return code == ExitCodes.OK ? ExitCodes.USAGE_OR_IO : code;
		}
		return code;
	}
}
