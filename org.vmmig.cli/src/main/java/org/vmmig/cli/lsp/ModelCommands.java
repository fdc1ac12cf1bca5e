package org.vmmig.cli.lsp;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.vmmig.cli.ExitCodes;
import org.vmmig.cli.Main;

/**
 * The server's custom requests behind the editors' Simulate and Generate Report commands: they run
 * {@code vmmig simulate} and {@code vmmig report --format html} on the model file (as saved), so that an editor
 * shows exactly what the command line prints and writes (one path: ScenarioRunner and the report code).
 */
public final class ModelCommands {

	/** {@code {"uri": "file:///…/model.vmig"}}. */
	public static final class ModelParams {
		public String uri;
	}

	/** What {@code vmmig simulate} printed. */
	public static final class SimulateResult {
		public String text;
	}

	/** One self-contained HTML page per scenario, as {@code vmmig report} writes them. */
	public static final class ReportResult {
		public List<Page> reports = new ArrayList<>();
	}

	public static final class Page {
		public String title;
		public String html;
	}

	private final ExecutorService threads;

	ModelCommands(ExecutorService threads) {
		this.threads = threads;
	}

	@JsonRequest("vmmig/simulate")
	public CompletableFuture<SimulateResult> simulate(ModelParams params) {
		return CompletableFuture.supplyAsync(() -> {
			Path model = file(params);
			Path output = temporaryDirectory();
			try {
				SimulateResult result = new SimulateResult();
				// the JSON documents went to a temporary directory: the lines naming them are left out
				result.text = withoutReportLines(run("simulate", model.toString(), "-o", output.toString()));
				return result;
			} finally {
				delete(output);
			}
		}, threads);
	}

	@JsonRequest("vmmig/report")
	public CompletableFuture<ReportResult> report(ModelParams params) {
		return CompletableFuture.supplyAsync(() -> {
			Path model = file(params);
			Path output = temporaryDirectory();
			try {
				run("report", model.toString(), "-o", output.toString(), "--format", "html");
				ReportResult result = new ReportResult();
				try (Stream<Path> pages = Files.list(output)) {
					for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
						Page report = new Page();
						report.title = page.getFileName().toString().replaceFirst("\\.html$", "");
						report.html = Files.readString(page);
						result.reports.add(report);
					}
				}
				return result;
			} catch (IOException e) {
				throw failure(ResponseErrorCode.InternalError, "cannot read the report: " + e.getMessage());
			} finally {
				delete(output);
			}
		}, threads);
	}

	/**
	 * Runs one vmmig command line in a child JVM on this one's classpath (the command's standalone set-up
	 * registers the language's runtime services globally, which would replace the server's IDE services);
	 * returns its output, or an error response with what it printed when it failed.
	 */
	private static String run(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), Main.class.getName()));
		command.addAll(List.of(args));
		try {
			Path errors = Files.createTempFile("vmmig-lsp", ".err");
			try {
				Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
				process.getOutputStream().close();
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(10, TimeUnit.MINUTES)) {
					process.destroyForcibly();
					throw failure(ResponseErrorCode.InternalError, "vmmig " + args[0] + " did not finish in 10 minutes");
				}
				if (process.exitValue() != ExitCodes.OK) {
					throw failure(ResponseErrorCode.InvalidParams, (Files.readString(errors) + out).strip());
				}
				return out;
			} finally {
				Files.deleteIfExists(errors);
			}
		} catch (IOException e) {
			throw failure(ResponseErrorCode.InternalError, "cannot run vmmig " + args[0] + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw failure(ResponseErrorCode.RequestCancelled, "interrupted");
		}
	}

	static String withoutReportLines(String text) {
		return text.lines().filter(line -> !line.startsWith("  report: ")).map(line -> line + "\n")
				.collect(java.util.stream.Collectors.joining());
	}

	private static Path file(ModelParams params) {
		try {
			Path file = Path.of(URI.create(params.uri));
			if (!Files.isRegularFile(file)) {
				throw failure(ResponseErrorCode.InvalidParams, "no such model file: " + file);
			}
			return file;
		} catch (IllegalArgumentException | NullPointerException | java.nio.file.FileSystemNotFoundException e) {
			throw failure(ResponseErrorCode.InvalidParams, "not a file URI: " + (params == null ? null : params.uri));
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("vmmig-lsp");
		} catch (IOException e) {
			throw failure(ResponseErrorCode.InternalError, "cannot create a temporary directory: " + e.getMessage());
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException ignored) {
			// a temporary directory left behind
		}
	}

	private static ResponseErrorException failure(ResponseErrorCode code, String message) {
		return new ResponseErrorException(new ResponseError(code, message, null));
	}
}
