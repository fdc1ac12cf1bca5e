package org.vmmig.cli.lsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vmmig lsp} as a child process, started as the {@code vmmig} script starts it (a JVM running
 * {@code org.vmmig.cli.Main} on the tool's classpath), so that tests talk to it over its real standard input and
 * output. Its standard error goes to a file the tests can read.
 */
final class LanguageServerProcess {

	private LanguageServerProcess() {
	}

	static Process start(Path stderr, String... extraArguments) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				"org.vmmig.cli.Main", "lsp"));
		command.addAll(List.of(extraArguments));
		return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
	}
}
