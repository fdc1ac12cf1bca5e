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
		PrintWriter err = new PrintWriter(System.err, true);
		PlanetLabCommand planetLab = PlanetLabQuickStart.parse(args);
		if (planetLab != null) {
			int code = runQuickly(planetLab, out, err);
			if (code == ExitCodes.OK) {
				// returning ends the JVM with 0 as System.exit(0) would, without its ~0.05 s of CPU: System.exit asks
				// System.Logger whether to log the exit, whose look-up opens every jar of the classpath; this run leaves
				// no thread behind to wait for (PlanetLabQuickStartTest checks)
				return;
			}
			System.exit(code);
		}
		System.exit(run(out, err, args));
	}

	/** Runs one command line and returns its exit code ({@link ExitCodes}); used by tests too. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		// an everyday "vmmig planetlab FOLDER --policy P" without picocli: a faster start (see there)
		PlanetLabCommand planetLab = PlanetLabQuickStart.parse(args);
		if (planetLab != null) {
			return runQuickly(planetLab, out, err);
		}
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
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> internalError(err, exception));
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
		} catch (OutOfMemoryError | StackOverflowError e) { // an Error passes picocli's handler
			return error(err, e);
		}
		return finish(out, err, code);
	}

	/** Runs the command read without picocli as picocli's execute would: an exception is a bug, an Error one line. */
	private static int runQuickly(PlanetLabCommand command, PrintWriter out, PrintWriter err) {
		int code;
		try {
			code = command.run(out, err);
		} catch (OutOfMemoryError | StackOverflowError e) {
			return error(err, e);
		} catch (Exception e) {
			code = internalError(err, e);
		}
		return finish(out, err, code);
	}

	/** A bug must not greet the user with a stack trace: one line, its own exit code. */
	private static int internalError(PrintWriter err, Exception exception) {
		err.println("vmmig: internal error (" + exception + "); please report it with the command line that "
				+ "caused it");
		return ExitCodes.INTERNAL_ERROR;
	}

	/** Out of memory or stack: still one line, never a stack trace. */
	private static int error(PrintWriter err, VirtualMachineError e) {
		if (e instanceof OutOfMemoryError) {
			err.println("vmmig: out of memory (this JVM may take " + Runtime.getRuntime().maxMemory() / (1 << 20)
					+ " MiB); give it more: VMMIG_JAVA_OPTS=-Xmx8g ./vmmig ...");
			err.flush();
			return ExitCodes.USAGE_OR_IO;
		}
		err.println("vmmig: internal error (too deeply nested); please report it with the command line that caused it");
		err.flush();
		return ExitCodes.INTERNAL_ERROR;
	}

	/** The exit code once both streams are flushed: a failed write to standard output turns success into an error. */
	private static int finish(PrintWriter out, PrintWriter err, int code) {
		err.flush();
		if (out.checkError()) { // flushes, and tells whether any write failed
			err.println("vmmig: cannot write to standard output (a full disk or a closed pipe?); what it got is incomplete");
			err.flush();
			return code == ExitCodes.OK ? ExitCodes.USAGE_OR_IO : code;
		}
		return code;
	}
}
