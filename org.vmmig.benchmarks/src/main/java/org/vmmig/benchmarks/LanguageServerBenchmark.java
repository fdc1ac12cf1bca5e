package org.vmmig.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * What an editor user waits for from {@code vmmig lsp}, measured over the real protocol with the server started as
 * users start it ({@code vmmig lsp}): the time from a {@code didChange} of a 2,000-line model (the
 * {@link EditorReconcileBenchmark}'s, the whole text sent as editors do on each change) to the
 * {@code publishDiagnostics} that follows, and the round trip of a completion request (units after a number).
 * Targets: diagnostics under 150 ms median, completion under 50 ms median after warm-up. Usage:
 * {@code scripts/benchmark-lsp [lines=2000] [warm-up=20] [runs=50]}.
 */
public final class LanguageServerBenchmark {

	private LanguageServerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path vmmig = Path.of(System.getProperty("vmmig.launcher", "vmmig")).toAbsolutePath();
		int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		String model = EditorReconcileBenchmark.generate(lines);
		Path dir = java.nio.file.Files.createTempDirectory("vmmig-lsp-bench");
		String uri = dir.resolve("bench.vmig").toUri().toString();
		Process process = new ProcessBuilder(vmmig.toString(), "lsp").redirectError(ProcessBuilder.Redirect.INHERIT).start();
		Diagnostics client = new Diagnostics();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		init.setRootUri(dir.toUri().toString());
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get(120, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		System.out.printf(Locale.ROOT, "model: %d lines, %d characters; server: %s lsp; %d processors%n",
				model.lines().count(), model.length(), vmmig, Runtime.getRuntime().availableProcessors());

		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "vmig", 0, model)));
		client.next(120);
		double[] diagnostics = new double[runs];
		for (int run = -warmUp; run < runs; run++) {
			String changed = model + "// edit " + run + "\n";
			client.arrivals.clear();
			long start = System.nanoTime();
			server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(uri, run + warmUp + 1),
					List.of(new TextDocumentContentChangeEvent(changed))));
			long arrived = client.next(60);
			if (run >= 0) {
				diagnostics[run] = (arrived - start) / 1e6;
			}
		}
		report("didChange → publishDiagnostics", diagnostics);

		int line = model.lines().toList().indexOf("\tmemory 256 GiB");
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, "\tmemory 256 ".length()));
		double[] completion = new double[runs * 2];
		for (int run = -warmUp * 2; run < completion.length; run++) {
			long start = System.nanoTime();
			var result = server.getTextDocumentService().completion(params).get(60, TimeUnit.SECONDS);
			long done = System.nanoTime();
			if (run == 0 && (result.isLeft() ? result.getLeft() : result.getRight().getItems()).isEmpty()) {
				throw new IllegalStateException("no completion proposals at line " + (line + 1));
			}
			if (run >= 0) {
				completion[run] = (done - start) / 1e6;
			}
		}
		report("completion (units after 256)", completion);
		server.shutdown().get(30, TimeUnit.SECONDS);
		server.exit();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	private static void report(String what, double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "  %-32s median %7.1f ms   p90 %7.1f ms   max %7.1f ms   (%d runs)%n", what,
				sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1],
				sorted.length);
	}

	/** Records when each publishDiagnostics arrives. */
	private static final class Diagnostics implements LanguageClient {
		final LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();

		long next(int seconds) throws InterruptedException {
			Long arrival = arrivals.poll(seconds, TimeUnit.SECONDS);
			if (arrival == null) {
				throw new IllegalStateException("no diagnostics within " + seconds + " s");
			}
			return arrival;
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			arrivals.add(System.nanoTime());
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}
}
