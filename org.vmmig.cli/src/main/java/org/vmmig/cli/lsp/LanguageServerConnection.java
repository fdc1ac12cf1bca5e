package org.vmmig.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.vmmig.dsl.ide.server.VmigLanguageServer;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * One client's session with vmmig's language server: Xtext's server (with the language's IDE services, found
 * through its {@code ISetup}) and vmmig's custom requests ({@link ModelCommands}) speaking JSON-RPC over the given
 * streams until the client goes away.
 */
final class LanguageServerConnection {

	private LanguageServerConnection() {
	}

	/** Serves the client on {@code in}/{@code out}; returns when the input ends. */
	static void serve(InputStream in, OutputStream out) throws InterruptedException {
		Injector injector = Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(LanguageServerImpl.class).to(VmigLanguageServer.class)));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "vmmig lsp");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>()
					.setLocalServices(List.of(server, new ModelCommands(threads)))
					.setRemoteInterface(LanguageClient.class)
					.setClassLoader(LanguageClient.class.getClassLoader())
					.setInput(in)
					.setOutput(out)
					.setExecutorService(threads)
					.setExceptionHandler(ResponseErrors::of)
					.create();
			server.connect(launcher.getRemoteProxy());
			launcher.startListening().get();
		} catch (ExecutionException streamClosed) {
			// the client closed the connection: the session is over
		} finally {
			threads.shutdownNow();
		}
	}
}
