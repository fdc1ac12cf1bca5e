package org.vmmig.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vmmig lsp} answering a real LSP client (LSP4J's) over its standard input and output, for every capability
 * an editor uses: the same diagnostics as {@code vmmig validate} (engine warnings included), completion, hover with
 * predictions, navigation and rename across imports, symbols, formatting, folding, semantic tokens, quick fixes,
 * multi-root workspaces, files changed on disk, and bad requests that get an error instead of a dead server.
 */
class LanguageServerProtocolTest {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@TempDir
	static Path workspace;

	private static Process process;
	private static VmmigServer server;
	private static Launcher<VmmigServer> launcher;
	private static final RecordingClient client = new RecordingClient();
	private static InitializeResult initialized;
	private static Path rootA;
	private static Path rootB;

	/** topology.vmig: hosts and the policy; plan.vmig imports it (its pre-copy cannot converge: a warning). */
	private static final String TOPOLOGY = """
			// The rack being drained.
			host h1 { memory 64 GiB nic 1 Gbps }
			host h2 { memory 64 GiB nic 1 Gbps }
			network lan { bandwidth 1 Gbps connects h1, h2 }
			policy p { technique pre-copy }
			""";
	private static final String PLAN = """
			import "topology.vmig"
			// The order database.
			vm busy { memory 4 GiB dirty-rate 200 MB/s on h1 }
			scenario drain { evacuate h1 using p }
			""";

	@BeforeAll
	static void startServer() throws Exception {
		rootA = Files.createDirectories(workspace.resolve("a"));
		rootB = Files.createDirectories(workspace.resolve("b"));
		Files.writeString(rootA.resolve("topology.vmig"), TOPOLOGY);
		Files.writeString(rootA.resolve("plan.vmig"), PLAN);
		Files.writeString(rootB.resolve("base.vmig"), "host b1 { memory 8 GiB nic 1 Gbps }\n");
		process = LanguageServerProcess.start(workspace.resolve("server.log"));
		launcher = new LSPLauncher.Builder<VmmigServer>().setLocalService(client).setRemoteInterface(VmmigServer.class)
				.setInput(process.getInputStream()).setOutput(process.getOutputStream()).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(rootA), "a"), new WorkspaceFolder(uri(rootB), "b")));
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		textDocument.setDocumentSymbol(new DocumentSymbolCapabilities(null, null, true));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textDocument);
		params.setCapabilities(capabilities);
		initialized = server.initialize(params).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
		}
		if (process != null && !process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("the language server did not exit after shutdown and exit");
		}
		assertEquals(0, process.exitValue());
		String log = Files.readString(workspace.resolve("server.log"));
		assertFalse(log.contains("\tat "), "no stack trace in the server's log:\n" + log);
	}

	@Test
	void aUnitErrorIsReportedWithItsRangeAndCode() throws Exception {
		String uri = open(rootA.resolve("units.vmig"), "host h { memory 64 GIB nic 1 Gbps }\n");
		Diagnostic unit = only(client.diagnostics(uri, d -> !d.isEmpty(), WAIT));
		assertEquals("org.vmmig.dsl.unknownUnit", unit.getCode().getLeft());
		assertEquals(range(0, 19, 0, 22), unit.getRange(), "the diagnostic covers GIB");
		assertEquals(DiagnosticSeverity.Error, unit.getSeverity());
	}

	@Test
	void theEnginesWarningsArriveAsInTheEclipseEditorAndValidate() throws Exception {
		String uri = open(rootA.resolve("plan.vmig"), PLAN);
		Diagnostic warning = only(client.diagnostics(uri, d -> !d.isEmpty(), WAIT));
		assertEquals("org.vmmig.dsl.notConverging", warning.getCode().getLeft());
		assertEquals(DiagnosticSeverity.Warning, warning.getSeverity());
		assertTrue(warning.getMessage().getLeft().startsWith("Pre-copy of vm busy will not converge"), warning.getMessage().getLeft());
	}

	@Test
	void completionProposesUnitsAfterANumberKeywordsAndNamesAcrossImports() throws Exception {
		String uri = open(rootA.resolve("complete.vmig"), "import \"topology.vmig\"\nvm v { memory 64  on h }\n");
		List<String> units = labels(complete(uri, 1, 17));
		assertTrue(units.containsAll(List.of("GiB", "MiB", "TiB")), units.toString());
		assertFalse(units.contains("Gbps"), "a memory size takes no bandwidth unit: " + units);
		List<String> hosts = labels(complete(uri, 1, 22));
		assertTrue(hosts.containsAll(List.of("h1", "h2")), "hosts of the imported file: " + hosts);
		List<String> keywords = labels(complete(uri, 2, 0));
		assertTrue(keywords.containsAll(List.of("host", "vm", "scenario", "policy")), keywords.toString());
	}

	@Test
	void hoverShowsTheDocumentationKindAndPredictedMigration() throws Exception {
		String uri = open(rootA.resolve("plan.vmig"), PLAN);
		Hover hover = server.getTextDocumentService().hover(new HoverParams(id(uri), new Position(2, 4)))
				.get(60, TimeUnit.SECONDS);
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.startsWith("vm busy\nThe order database.\nscenario drain: pre-copy h1 → h2"), text);
		assertTrue(text.endsWith("does not converge"), text);
	}

	@Test
	void definitionAndReferencesCrossImports() throws Exception {
		String uri = open(rootA.resolve("plan.vmig"), PLAN);
		String topology = uri(rootA.resolve("topology.vmig"));
		List<? extends Location> definition = server.getTextDocumentService()
				.definition(new DefinitionParams(id(uri), new Position(2, 46))).get(60, TimeUnit.SECONDS).getLeft();
		assertEquals(List.of(new Location(topology, range(1, 5, 1, 7))), definition, "h1 is declared in topology.vmig");
		List<? extends Location> references = server.getTextDocumentService().references(new ReferenceParams(
				id(topology), new Position(1, 5), new ReferenceContext(false))).get(60, TimeUnit.SECONDS);
		assertEquals(Map.of(topology, 1L, uri, 2L), references.stream()
				.collect(Collectors.groupingBy(Location::getUri, Collectors.counting())),
				"h1 is used by the network, the VM and the scenario");
	}

	@Test
	void renameChangesTheDeclarationAndEveryUseInEveryFile() throws Exception {
		String topology = open(rootA.resolve("topology.vmig"), TOPOLOGY);
		String plan = uri(rootA.resolve("plan.vmig"));
		WorkspaceEdit edit = server.getTextDocumentService()
				.rename(new RenameParams(id(topology), new Position(1, 5), "rackHost")).get(60, TimeUnit.SECONDS);
		Map<String, List<TextEdit>> changes = edit.getChanges();
		assertEquals(2, changes.get(topology).size(), "the declaration and the network's use");
		assertEquals(2, changes.get(plan).size(), "the VM's host and the scenario's");
		assertTrue(changes.values().stream().flatMap(List::stream).allMatch(e -> e.getNewText().equals("rackHost")));
	}

	@Test
	void documentSymbolsFoldingAndSemanticTokensDescribeTheFile() throws Exception {
		String uri = open(rootA.resolve("outline.vmig"), """
				host h1 { memory 8 GiB nic 1 Gbps }
				policy careful {
					technique post-copy
				}
				""");
		List<String> names = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(uri)))
				.get(60, TimeUnit.SECONDS).stream().map(s -> s.isRight() ? s.getRight().getName() : s.getLeft().getName())
				.toList();
		assertEquals(List.of("h1", "careful"), names);
		List<FoldingRange> folds = server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(id(uri)))
				.get(60, TimeUnit.SECONDS);
		assertEquals(List.of(1), folds.stream().map(FoldingRange::getStartLine).toList(), "the policy's block folds");
		SemanticTokens tokens = server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(id(uri)))
				.get(60, TimeUnit.SECONDS);
		List<String> types = initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		List<Integer> data = tokens.getData(); // (line delta, column delta, length, type, modifiers) per token
		assertEquals(List.of(0, 5, 2), data.subList(0, 3), "the first token is the declared name h1");
		assertEquals("type", types.get(data.get(3)));
		assertEquals("enumMember", types.get(data.get(8)), "then its unit GiB");
	}

	@Test
	void formattingReturnsTheEditsOfTheLanguagesFormatter() throws Exception {
		String uri = open(rootA.resolve("messy.vmig"), "host   h1 {memory 8 GiB   nic 1 Gbps}\n");
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(id(uri), new FormattingOptions(4, false)))
				.get(60, TimeUnit.SECONDS);
		assertFalse(edits.isEmpty(), "the spacing is normalised");
	}

	@Test
	void quickFixesAreCodeActionsEvenInAnImportedFile() throws Exception {
		String units = open(rootA.resolve("fixunit.vmig"), "host h { memory 64 GIB nic 1 Gbps }\n");
		Diagnostic unit = only(client.diagnostics(units, d -> !d.isEmpty(), WAIT));
		CodeAction changeUnit = only(codeActions(units, unit));
		assertEquals("Change the unit to GiB", changeUnit.getTitle());
		assertEquals(Map.of(units, List.of(new TextEdit(range(0, 19, 0, 22), "GiB"))), changeUnit.getEdit().getChanges());

		String plan = open(rootA.resolve("plan.vmig"), PLAN);
		Diagnostic warning = only(client.diagnostics(plan, d -> !d.isEmpty(), WAIT));
		CodeAction hybrid = only(codeActions(plan, warning));
		assertEquals("Switch the policy to hybrid", hybrid.getTitle());
		assertEquals(Map.of(uri(rootA.resolve("topology.vmig")), List.of(new TextEdit(range(4, 21, 4, 29), "hybrid"))),
				hybrid.getEdit().getChanges(), "the policy is changed where it is declared");
	}

	@Test
	void eachWorkspaceFolderResolvesItsOwnImports() throws Exception {
		String uri = open(rootB.resolve("uses.vmig"), "import \"base.vmig\"\nvm v { memory 1 GiB on b1 }\n");
		assertEquals(List.of(), client.diagnostics(uri, List::isEmpty, WAIT));
		List<? extends Location> definition = server.getTextDocumentService()
				.definition(new DefinitionParams(id(uri), new Position(1, 24))).get(60, TimeUnit.SECONDS).getLeft();
		assertEquals(uri(rootB.resolve("base.vmig")), only(definition).getUri());
	}

	@Test
	void anImportChangedOnDiskIsFollowed() throws Exception {
		Path imported = rootB.resolve("later.vmig");
		Files.writeString(imported, "host b1 { memory 8 GiB nic 1 Gbps }\n");
		String uri = open(rootB.resolve("waits.vmig"), "import \"later.vmig\"\nvm v { memory 1 GiB on b9 }\n");
		assertEquals("org.eclipse.xtext.diagnostics.Diagnostic.Linking",
				only(client.diagnostics(uri, d -> !d.isEmpty(), WAIT)).getCode().getLeft(), "b9 is not declared yet");
		Files.writeString(imported, "host b9 { memory 8 GiB nic 1 Gbps }\n");
		server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
				List.of(new FileEvent(uri(imported), FileChangeType.Changed))));
		assertEquals(List.of(), client.diagnostics(uri, List::isEmpty, WAIT), "b9 now resolves");
	}

	@Test
	void aPositionOutsideTheDocumentIsAnInvalidParamsError() throws Exception {
		String uri = open(rootA.resolve("short.vmig"), "host h1 { memory 8 GiB nic 1 Gbps }\n");
		ExecutionException error = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> server.getTextDocumentService().hover(new HoverParams(id(uri), new Position(999, 3)))
						.get(60, TimeUnit.SECONDS));
		ResponseErrorException response = (ResponseErrorException) error.getCause();
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), response.getResponseError().getCode());
		assertFalse(response.getResponseError().getMessage().contains("host h1"), "the document is not quoted back");
	}

	@Test
	void aHugeDocumentGetsADiagnosticAndOtherFilesAreStillServed() throws Exception {
		StringBuilder huge = new StringBuilder(50 * 1024 * 1024 + 64);
		String line = "host h%d { memory 8 GiB nic 1 Gbps }\n";
		for (int i = 0; huge.length() < 50 * 1024 * 1024; i++) {
			huge.append(line.formatted(i));
		}
		String big = open(rootA.resolve("huge.vmig"), huge.toString());
		huge.setLength(0);
		Diagnostic tooLarge = only(client.diagnostics(big, d -> !d.isEmpty(), WAIT));
		assertEquals("org.vmmig.dsl.documentTooLarge", tooLarge.getCode().getLeft());
		String small = open(rootA.resolve("after.vmig"), "host h1 { memory 8 GIB nic 1 Gbps }\n");
		assertEquals("org.vmmig.dsl.unknownUnit", only(client.diagnostics(small, d -> !d.isEmpty(), WAIT)).getCode().getLeft());
		// an edit that brings the document back to a reasonable size is checked again
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(big, 2),
				List.of(new TextDocumentContentChangeEvent("host h1 { memory 8 GiB nic 1 Gbps }\n"))));
		assertEquals(List.of(), client.diagnostics(big, List::isEmpty, WAIT));
	}

	@Test
	void anUnknownMethodIsMethodNotFound() throws Exception {
		ExecutionException error = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> launcher.getRemoteEndpoint().request("vmmig/noSuchThing", null).get(60, TimeUnit.SECONDS));
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
				((ResponseErrorException) error.getCause()).getResponseError().getCode());
	}

	@Test
	void simulateAndReportRequestsAnswerWhatTheCommandLinePrintsAndWrites() throws Exception {
		Path plan = rootA.resolve("plan.vmig");
		ModelCommands.SimulateResult simulated = server.simulate(model(plan)).get(120, TimeUnit.SECONDS);
		Path output = Files.createTempDirectory(workspace, "cli");
		org.vmmig.cli.CommandRun cli = org.vmmig.cli.CommandRun.vmmig("simulate", plan.toString(), "-o", output.toString());
		assertEquals(ModelCommands.withoutReportLines(cli.out()), simulated.text, "vmmig simulate's text");
		assertTrue(cli.out().contains("  report: "), "(less the line naming the JSON document written)");
		assertTrue(cli.out().contains("drain"), cli.out());

		ModelCommands.ReportResult reported = server.report(model(plan)).get(120, TimeUnit.SECONDS);
		assertEquals(1, reported.reports.size(), "one page for the one scenario");
		assertEquals("plan-drain", reported.reports.get(0).title);
		String html = reported.reports.get(0).html;
		org.vmmig.cli.CommandRun.vmmig("report", plan.toString(), "-o", output.toString(), "--format", "html");
		assertEquals(Files.readString(output.resolve("plan-drain.html")), html, "the page vmmig report writes");

		ExecutionException broken = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> server.simulate(model(rootA.resolve("none.vmig"))).get(60, TimeUnit.SECONDS));
		assertEquals(ResponseErrorCode.InvalidParams.getValue(),
				((ResponseErrorException) broken.getCause()).getResponseError().getCode());
	}

	private static ModelCommands.ModelParams model(Path file) {
		ModelCommands.ModelParams params = new ModelCommands.ModelParams();
		params.uri = uri(file);
		return params;
	}

	private static List<CodeAction> codeActions(String uri, Diagnostic diagnostic) throws Exception {
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(
				new CodeActionParams(id(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))))
				.get(60, TimeUnit.SECONDS);
		return actions.stream().map(Either::getRight).toList();
	}

	private static List<CompletionItem> complete(String uri, int line, int character) throws Exception {
		var result = server.getTextDocumentService().completion(new CompletionParams(id(uri), new Position(line, character)))
				.get(60, TimeUnit.SECONDS);
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	/** Opens {@code file} in the server with {@code text} (the file on disk is left as it is). */
	private static String open(Path file, String text) {
		String uri = uri(file);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "vmig", 1, text)));
		return uri;
	}

	private static String uri(Path file) {
		return file.toUri().toString();
	}

	private static TextDocumentIdentifier id(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	private static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
		return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
	}

	private static <T> T only(List<T> values) {
		assertEquals(1, values.size(), () -> "exactly one expected: " + values);
		return values.get(0);
	}
}
