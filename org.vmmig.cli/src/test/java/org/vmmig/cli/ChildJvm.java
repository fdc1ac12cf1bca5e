package org.vmmig.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a vmmig CLI in a JVM of its own, for tests that stop it with a signal as a user's Ctrl-C would.
 * <p>
 * A test run started in the background by a non-interactive shell (a CI script's {@code cmd &}) inherits SIGINT
 * ignored, and a JVM whose SIGINT is ignored at start leaves it ignored: {@code kill -INT} then does nothing and the
 * test would not see what a user at a terminal sees. So the JVM is started through Perl (essential on Debian), which
 * puts SIGINT back to its default before it execs the JVM under the same process id.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static List<String> vmmig(String... arguments) {
		String resetAndExec = "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"cannot start $ARGV[0]: $!\\n\"";
		List<String> command = new ArrayList<>(List.of("perl", "-e", resetAndExec, "--",
				ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
				"org.vmmig.cli.Main"));
		command.addAll(List.of(arguments));
		return command;
	}
}
