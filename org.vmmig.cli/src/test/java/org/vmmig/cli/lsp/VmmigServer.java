package org.vmmig.cli.lsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;

/** The server as an editor extension sees it: the protocol plus vmmig's custom requests. */
interface VmmigServer extends LanguageServer {

	@JsonRequest("vmmig/simulate")
	CompletableFuture<ModelCommands.SimulateResult> simulate(ModelCommands.ModelParams params);

	@JsonRequest("vmmig/report")
	CompletableFuture<ModelCommands.ReportResult> report(ModelCommands.ModelParams params);
}
