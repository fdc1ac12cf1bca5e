package org.vmmig.cli.lsp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor's side of the tests: keeps the latest diagnostics the server published for each document. */
final class RecordingClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
		notifyAll();
	}

	/** Waits until the diagnostics of {@code uri} satisfy {@code condition}; the last ones seen otherwise. */
	synchronized List<Diagnostic> diagnostics(String uri, Predicate<List<Diagnostic>> condition, Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!diagnostics.containsKey(uri) || !condition.test(diagnostics.get(uri))) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return diagnostics.getOrDefault(uri, List.of());
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
