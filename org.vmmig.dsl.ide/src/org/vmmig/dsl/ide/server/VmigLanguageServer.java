package org.vmmig.dsl.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server with two guards. A request at a position outside its document is answered with an
 * invalid-params error at once. A document too large to parse between two keystrokes is not parsed at
 * all — the client gets one diagnostic saying so — because the server parses one change at a time and a huge
 * document would hold every other file's diagnostics, completion and hover behind it.
 */
public class VmigLanguageServer extends LanguageServerImpl {

	/** A model of tens of thousands of lines is a few MiB; the language itself refuses imports above 64 MiB. */
	public static final int MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;

	public static final String DOCUMENT_TOO_LARGE = "org.vmmig.dsl.documentTooLarge";

	private final Set<String> refused = ConcurrentHashMap.newKeySet();
	private volatile LanguageClient client;
	private volatile boolean workspaceFolders;

	@Override
	public void connect(LanguageClient languageClient) {
		super.connect(languageClient);
		this.client = languageClient;
	}

	/**
	 * A client may name its workspace folders without declaring the capability, or open files with no workspace
	 * at all (an editor started on one file): the folders are used as given, and without any root the server's
	 * working directory is the workspace.
	 */
	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		workspaceFolders = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty();
		if (!workspaceFolders && params.getRootUri() == null && params.getRootPath() == null) {
			params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
		}
		return super.initialize(params);
	}

	@Override
	protected boolean clientSupportsWorkspaceFolders() {
		return workspaceFolders || super.clientSupportsWorkspaceFolders();
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		if (params.getTextDocument().getText().length() > MAX_DOCUMENT_CHARS) {
			refuse(uri, params.getTextDocument().getText().length());
			return;
		}
		refused.remove(uri);
		super.didOpen(params);
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
		long inserted = changes.stream().mapToLong(change -> change.getText().length()).sum();
		boolean wholeText = !changes.isEmpty() && changes.get(changes.size() - 1).getRange() == null;
		if (inserted > MAX_DOCUMENT_CHARS) {
			refuse(uri, inserted);
			return;
		}
		if (refused.contains(uri)) {
			if (!wholeText) {
				return; // the server never had the text these changes apply to; a full text brings it back
			}
			refused.remove(uri);
			DidOpenTextDocumentParams reopen = new DidOpenTextDocumentParams(new org.eclipse.lsp4j.TextDocumentItem(uri,
					"vmig", params.getTextDocument().getVersion(), changes.get(changes.size() - 1).getText()));
			super.didOpen(reopen);
			return;
		}
		super.didChange(params);
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		if (refused.remove(params.getTextDocument().getUri())) {
			publish(params.getTextDocument().getUri(), List.of());
			return;
		}
		super.didClose(params);
	}

	@Override
	public CompletableFuture<Hover> hover(HoverParams params) {
		return checked(params, () -> super.hover(params));
	}

	@Override
	public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
		return checked(params, () -> super.completion(params));
	}

	@Override
	public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
			DefinitionParams params) {
		return checked(params, () -> super.definition(params));
	}

	@Override
	public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
		return checked(params, () -> super.references(params));
	}

	@Override
	public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
		return checked(params, () -> super.documentHighlight(params));
	}

	@Override
	public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
		return checked(params, () -> super.rename(params));
	}

	@Override
	public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
			PrepareRenameParams params) {
		return checked(params, () -> super.prepareRename(params));
	}

	/**
	 * Runs {@code request} when the position lies in its document, else answers invalid-params. The check is queued
	 * like a read, so it sees the document as the changes sent before the request left it.
	 */
	private <T> CompletableFuture<T> checked(TextDocumentPositionParams params, Supplier<CompletableFuture<T>> request) {
		return getRequestManager().runRead(cancel -> inside(params)).thenCompose(ok -> ok ? request.get() : outside());
	}

	/**
	 * Whether the request's position lies in its open document (a document the server does not have open is
	 * left to Xtext). Xtext itself would fail the request inside its queue and log the whole document with a stack
	 * trace.
	 */
	private boolean inside(TextDocumentPositionParams params) {
		try {
			URI uri = getURI(params.getTextDocument());
			if (!getWorkspaceManager().isDocumentOpen(uri)) {
				return true;
			}
			Document document = getWorkspaceManager().doRead(uri, (text, resource) -> text);
			Position position = params.getPosition();
			if (position.getLine() < 0 || position.getCharacter() < 0 || position.getLine() >= document.getLineCount()) {
				return false;
			}
			return position.getCharacter() <= document.getLineContent(position.getLine()).length();
		} catch (RuntimeException raceWithAnEdit) {
			return true; // Xtext checks again in its queue
		}
	}

	private static <T> CompletableFuture<T> outside() {
		return CompletableFuture.failedFuture(new ResponseErrorException(
				new ResponseError(ResponseErrorCode.InvalidParams, "the position is outside the document", null)));
	}

	private void refuse(String uri, long chars) {
		refused.add(uri);
		Diagnostic tooLarge = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
				"this document has " + chars + " characters; vmmig checks documents of up to " + MAX_DOCUMENT_CHARS
						+ " characters in the editor (split the model with imports, or run vmmig validate on it)",
				DiagnosticSeverity.Error, "vmmig");
		tooLarge.setCode(DOCUMENT_TOO_LARGE);
		publish(uri, List.of(tooLarge));
	}

	private void publish(String uri, List<Diagnostic> diagnostics) {
		LanguageClient current = client;
		if (current != null) {
			current.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
		}
	}
}
