package org.vmmig.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.run.ScenarioRunner.ScenarioException;
import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.report.ResultJson;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.report.CsvRenderer;
import org.vmmig.report.HtmlRenderer;
import org.vmmig.report.PlanTables;
import org.vmmig.report.Report;
import org.vmmig.report.ReportTable;
import org.vmmig.report.ResultReports;

/**
 * Mutants of the bundled models through the whole pipeline: each is validated as {@code vmmig validate} does
 * (diagnostics formatted too); every mutant that validates without error has each scenario run, its result
 * rendered in every report format (JSON, HTML, CSV) and its summary printed, and its evacuations compared under
 * each of its policies — what {@code simulate}, {@code report} and {@code compare} do, in memory. Every
 * {@link #CLI_EVERY}th clean mutant also goes through the real commands ({@code simulate}, {@code report} in each
 * format, {@code compare}) writing files. What validate accepts must run: a finding is an exception escaping, a
 * scenario the engine refuses after a clean validation (except a trace that cannot be read, an I/O error), an
 * exit code other than 0, a stack trace or anything printed around vmmig's own streams, or a temporary file left
 * in the output folder. In-process (one JVM), seeded and deterministic.
 */
public final class PipelineFuzz {

	/** Something that went wrong on one mutant. */
	public record Finding(int mutant, String command, String problem, String model) {
		@Override
		public String toString() {
			return "mutant " + mutant + ", " + command + ": " + problem + "\n--- model ---\n" + model + "\n---";
		}
	}

	/** What a run did. */
	public record Summary(int mutants, int validatedClean, int commandsRun, List<Finding> findings, long millis) {
	}

	private static final Pattern POLICY = Pattern.compile("policy\\s+\\^?([A-Za-z_][A-Za-z_0-9]*)");
	private static final Path REPOSITORY = Path.of("..");

	private final List<String> seeds = new ArrayList<>();
	private final Path work;

	/** Mutants are written to and run in {@code work} (the golden model's traces are copied beside them). */
	public PipelineFuzz(Path work) throws IOException {
		this.work = work;
		for (Path seed : List.of(REPOSITORY.resolve("examples/lab.vmig"), REPOSITORY.resolve("examples/enterprise.vmig"),
				REPOSITORY.resolve("golden/models/estate.vmig"), Path.of("src/test/resources/fuzz/features.vmig"))) {
			seeds.add(Files.readString(seed));
		}
		Path traces = Files.createDirectories(work.resolve("traces"));
		try (Stream<Path> files = Files.list(REPOSITORY.resolve("golden/models/traces"))) {
			for (Path trace : files.toList()) {
				Files.copy(trace, traces.resolve(trace.getFileName().toString()));
			}
		}
	}

	public Summary run(int mutants, long seed) throws IOException {
		return run(mutants, seed, 0);
	}

	/**
	 * Runs mutants {@code from} to {@code mutants - 1} of the seed's sequence (the earlier ones are only generated,
	 * to reach the same mutants): re-runs the stretch of a long run where something was found.
	 */
	public Summary run(int mutants, long seed, int from) throws IOException {
		long start = System.nanoTime();
		Mutator mutator = new Mutator(seed);
		List<Finding> findings = new ArrayList<>();
		int clean = 0;
		int commands = 0;
		PrintStream realOut = System.out;
		PrintStream realErr = System.err;
		ByteArrayOutputStream stray = new ByteArrayOutputStream();
		PrintStream strayStream = new PrintStream(stray, true, StandardCharsets.UTF_8);
		System.setOut(strayStream);
		System.setErr(strayStream);
		try {
			for (int i = 0; i < mutants; i++) {
				if (i > 0 && i % 10_000 == 0) { // the benchmark's 100,000 take a while: say how far it is
					realErr.printf("%d mutants, %d validated clean, %d findings, %.0f s%n", i, clean, findings.size(),
							(System.nanoTime() - start) / 1e9);
				}
				String seedText = seeds.get(i % seeds.size());
				// half of the mutants break the text, half change its numbers (most of those still validate)
				String model = i % 2 == 0 ? mutator.mutate(seedText) : mutator.renumber(seedText);
				if (i < from) {
					continue;
				}
				Path file = work.resolve("m.vmig");
				Files.writeString(file, model, StandardCharsets.UTF_8);
				boolean validatedClean = inMemory(i, file, model, findings);
				if (stray.size() > 0) { // Xtext logs a validator's exception instead of throwing it
					findings.add(new Finding(i, "validate", "printed outside vmmig's streams: "
							+ stray.toString(StandardCharsets.UTF_8), model));
					stray.reset();
				}
				if (!validatedClean) {
					continue;
				}
				clean++;
				commands += 1;
				if (clean % CLI_EVERY != 0) {
					continue;
				}
				for (List<String> command : pipeline(file, model)) {
					CommandRun run = CommandRun.vmmig(command.toArray(String[]::new));
					commands++;
					String name = String.join(" ", command.subList(0, Math.min(3, command.size())));
					check(i, name, run, model, stray, findings);
					if (run.exitCode() != ExitCodes.OK && !isTraceError(run)) {
						findings.add(new Finding(i, name, "validate accepted it but exit " + run.exitCode() + ": "
								+ run.err().strip(), model));
					}
				}
				findings.addAll(leftovers(i, model));
			}
		} finally {
			System.setOut(realOut);
			System.setErr(realErr);
		}
		return new Summary(mutants, clean, commands, findings, (System.nanoTime() - start) / 1_000_000);
	}

	/** How often a clean mutant also runs through the real commands (files written, exit codes). */
	static final int CLI_EVERY = 25;

	private final java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());

	/**
	 * Validates the mutant, and when it is clean runs, renders and compares it in memory; returns whether it
	 * validated clean.
	 */
	private boolean inMemory(int mutant, Path path, String model, List<Finding> findings) {
		String stage = "validate";
		try {
			LoadedFile file = new ModelWorkspace().load(List.of(path)).get(0);
			ModelCheck check = new ModelCheck();
			check.print(file, sink);
			boolean errors = ModelCheck.count(List.of(file), Diagnostic.Severity.ERROR) > 0;
			if (!errors && !file.model().eResource().getErrors().isEmpty()) {
				findings.add(new Finding(mutant, stage, "a text that does not parse has no error diagnostic", model));
			}
			if (errors) {
				return false;
			}
			ScenarioRunner runner = new ScenarioRunner(RunOptions.DEFAULTS);
			for (Scenario scenario : Reports.scenarios(file)) {
				stage = "simulate " + scenario.getName();
				ScenarioResult result;
				try {
					result = runner.run(scenario);
				} catch (ScenarioException e) {
					if (!(e.getCause() instanceof SimulationMapper.TraceException)) {
						findings.add(new Finding(mutant, stage, "validate accepted it, the engine refused: "
								+ e.getMessage(), model));
					}
					continue;
				}
				SimulateCommand.print(file, result, sink);
				stage = "report " + scenario.getName();
				render(result);
			}
			stage = "compare";
			compare(file, runner);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			StringBuilder trace = new StringBuilder(e.toString());
			for (StackTraceElement element : e.getStackTrace()) {
				if (trace.length() > 2000) {
					break;
				}
				trace.append("\n\tat ").append(element);
			}
			findings.add(new Finding(mutant, stage, trace.toString(), model));
			return !stage.equals("validate");
		}
		return true;
	}

	private static void render(ScenarioResult result) {
		ResultJson.toJson(result);
		Report report = ResultReports.of(result);
		new HtmlRenderer().render(report);
		CsvRenderer csv = new CsvRenderer();
		for (ReportTable table : report.tables()) {
			csv.render(table);
		}
	}

	private static void compare(LoadedFile file, ScenarioRunner runner) {
		List<String> names = Reports.policyNames(file.model());
		List<ScenarioResult> runs = new ArrayList<>();
		for (Scenario scenario : Reports.evacuations(file)) {
			for (String name : names) {
				Policy policy = Reports.policy(file.model(), name);
				runs.add(runner.runUnder(scenario, policy));
			}
		}
		if (!runs.isEmpty()) {
			new HtmlRenderer().render(PlanTables.comparison(file.path().getFileName().toString(), names, runs));
		}
	}

	private List<List<String>> pipeline(Path file, String model) {
		String output = work.resolve("out").toString();
		List<List<String>> commands = new ArrayList<>();
		commands.add(List.of("simulate", file.toString(), "-o", output));
		for (String format : List.of("html", "csv", "json")) {
			commands.add(List.of("report", "--format", format, file.toString(), "-o", output));
		}
		Set<String> policies = new LinkedHashSet<>();
		Matcher matcher = POLICY.matcher(model);
		while (matcher.find()) {
			policies.add(matcher.group(1));
		}
		if (!policies.isEmpty()) {
			commands.add(List.of("compare", file.toString(), "--policies", String.join(",", policies), "-o", output));
		}
		return commands;
	}

	/** A mutated trace path or trace content is an I/O error of that trace, not a crash. */
	private static boolean isTraceError(CommandRun run) {
		return run.exitCode() == ExitCodes.USAGE_OR_IO && run.err().contains("trace");
	}

	private static void check(int mutant, String command, CommandRun run, String model, ByteArrayOutputStream stray,
			List<Finding> findings) {
		if (run.exitCode() == ExitCodes.INTERNAL_ERROR || run.exitCode() > ExitCodes.INTERNAL_ERROR) {
			findings.add(new Finding(mutant, command, "exit " + run.exitCode() + ": " + run.err().strip(), model));
		}
		String all = run.out() + run.err();
		if (all.contains("\tat ") || all.contains("Exception")) {
			findings.add(new Finding(mutant, command, "a stack trace or exception: " + run.err(), model));
		}
		if (stray.size() > 0) {
			findings.add(new Finding(mutant, command, "printed outside vmmig's streams: "
					+ stray.toString(StandardCharsets.UTF_8), model));
			stray.reset();
		}
	}

	/** Temporary or hidden files left in the output folder; the folder is emptied for the next mutant. */
	private List<Finding> leftovers(int mutant, String model) throws IOException {
		Path output = work.resolve("out");
		if (!Files.isDirectory(output)) {
			return List.of();
		}
		List<Finding> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(output)) {
			for (Path file : files.toList()) {
				if (file.getFileName().toString().startsWith(".")) {
					found.add(new Finding(mutant, "output", "left behind: " + file.getFileName(), model));
				}
				if (Files.isDirectory(file)) {
					try (Stream<Path> inner = Files.walk(file)) {
						for (Path p : inner.sorted(java.util.Comparator.reverseOrder()).toList()) {
							Files.delete(p);
						}
					}
				} else {
					Files.delete(file);
				}
			}
		}
		return found;
	}

	/** The benchmark mode: {@code PipelineFuzz MUTANTS [SEED]}, from the module's folder (scripts/benchmark-fuzz). */
	public static void main(String[] args) throws IOException {
		int mutants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261202L;
		int from = args.length > 2 ? Integer.parseInt(args[2]) : 0;
		Path work = Files.createTempDirectory("vmmig-fuzz");
		Summary summary = new PipelineFuzz(work).run(mutants, seed, from);
		try (Stream<Path> files = Files.walk(work)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		Set<String> kinds = new LinkedHashSet<>();
		for (Finding finding : summary.findings()) {
			if (kinds.add(finding.command() + ": " + finding.problem().lines().findFirst().orElse(""))) {
				System.out.println(finding);
			}
		}
		System.out.printf("%d mutants, %d validated clean, %d commands run, %d findings (%d kinds), %.1f s%n",
				summary.mutants(), summary.validatedClean(), summary.commandsRun(), summary.findings().size(), kinds.size(),
				summary.millis() / 1000.0);
	}
}
