package org.vmmig.cli.lsp;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.vmmig.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vmmig lsp}: the language server for editors that speak LSP (VS Code, Neovim, Emacs…). Standard output
 * carries the protocol only; everything else (logs, stray prints) goes to standard error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the vmmig language server for editors (VS Code, Neovim, Emacs): diagnostics, completion, "
				+ "hover with predicted migrations, definitions, references, rename, formatting, quick fixes.",
				"Speaks the Language Server Protocol on standard input and output; logs go to standard error." })
public final class LspCommand implements Callable<Integer> {

	@Option(names = "--port", paramLabel = "N",
			description = "Listen on 127.0.0.1:N instead of standard input/output (for debugging a client); "
					+ "serves one client after another")
	Integer port;

	@Override
	public Integer call() throws IOException, InterruptedException {
		OutputStream protocol = new FileOutputStream(FileDescriptor.out);
		// whatever prints to System.out from now on must not corrupt the protocol
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		if (port == null) {
			LanguageServerConnection.serve(new FileInputStream(FileDescriptor.in), protocol);
			return ExitCodes.OK;
		}
		if (port < 1 || port > 65535) {
			System.err.println("vmmig: --port must be between 1 and 65535, not " + port);
			return ExitCodes.USAGE_OR_IO;
		}
		try (ServerSocket listening = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			System.err.println("vmmig: language server listening on 127.0.0.1:" + listening.getLocalPort());
			while (true) {
				try (Socket client = listening.accept()) {
					LanguageServerConnection.serve(client.getInputStream(), client.getOutputStream());
				}
			}
		}
	}
}
