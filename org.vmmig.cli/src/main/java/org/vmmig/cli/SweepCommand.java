package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.sweep.ModelSweep;
import org.vmmig.dsl.sweep.SweepRuns;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.sweep.LocalSweepExecutor;
import org.vmmig.engine.sweep.SweepExecutor;
import org.vmmig.engine.sweep.RunMetrics;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.sweep.SweepResults;
import org.vmmig.report.SweepFiles;
import org.vmmig.report.SweepTables;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
		description = "Runs the sweeps of the models (every combination of the knobs they vary, Monte-Carlo samples of "
				+ "their uncertain inputs) on all local cores (or an Apache Spark cluster, --spark) and writes the results: <file>-<sweep>.html, .json and one "
				+ "CSV per table. Ctrl-C stops a sweep and writes what finished, marked partial (docs/sweeps.md).")
public final class SweepCommand implements Callable<Integer> {

	/** A sweep stopped by Ctrl-C (128 + SIGINT, as shells report it); its partial report was written. */
	static final int INTERRUPTED = 130;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "model files or directories")
	List<Path> paths;

	@Option(names = { "--scenario", "--sweep" }, paramLabel = "S",
			description = "run only the sweep of this name (default: every sweep of the models)")
	String only;

	@Option(names = "--threads", paramLabel = "N",
			description = "worker threads (default: one per core, here ${sys:vmmig.cores})")
	Integer threads;

	@Mixin
	RunOptionsMixin run;

	@Mixin
	SparkOption spark;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "vmmig-out",
			description = "directory for the reports (default: ${DEFAULT-VALUE})")
	Path output;

	static {
		System.setProperty("vmmig.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		RunOptions options = run.options();
		if (threads != null && threads < 1) {
			throw new ParameterException(spec.commandLine(), "--threads expects at least 1, not " + threads);
		}
		if (threads != null && spark.master != null) {
			throw new ParameterException(spec.commandLine(), "--threads and --spark: give one (--threads sets the "
					+ "local threads; on Spark the cluster's cores run the sweep)");
		}
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(paths, err);
			if (ModelCheck.count(files, Diagnostic.Severity.ERROR) > 0) {
				err.println("vmmig: no sweep run: fix the errors above first");
				return ExitCodes.MODEL_ERRORS;
			}
			List<Sweep> sweeps = new ArrayList<>();
			for (LoadedFile file : files) {
				file.model().getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast)
						.filter(s -> only == null || s.getName().equals(only)).forEach(sweeps::add);
			}
			if (sweeps.isEmpty()) {
				err.println(only == null ? "vmmig: the models have no sweep: add one, e.g. sweep s { scenario day vary seed 1, 2 }"
						: "vmmig: the models have no sweep named " + only);
				return ExitCodes.USAGE_OR_IO;
			}
			for (Sweep sweep : sweeps) {
				int code = run(ModelSweep.of(sweep, options), out, err);
				if (code != ExitCodes.OK) {
					return code;
				}
			}
			return ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot write the report to " + output + ": " + IoMessages.describe(e));
			return ExitCodes.USAGE_OR_IO;
		}
	}

	/** One sweep: runs it (Ctrl-C stops it), writes its reports, prints what people decide from. */
	private int run(ModelSweep sweep, PrintWriter out, PrintWriter err) throws IOException {
		SweepExecutor executor;
		try {
			executor = spark.executor(() -> threads == null ? LocalSweepExecutor.allCores() : new LocalSweepExecutor(threads));
		} catch (SparkOption.Unavailable e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		try (executor) {
			return run(sweep, executor, out, err);
		}
	}

	private int run(ModelSweep sweep, SweepExecutor executor, PrintWriter out, PrintWriter err) throws IOException {
		String name = sweep.definition().name();
		int total = sweep.runs();
		err.println("sweep " + name + ": " + total + " runs on " + executor.describe());
		err.flush();
		Progress progress = new Progress(err, name, total);
		Thread worker = Thread.currentThread();
		CountDownLatch written = new CountDownLatch(1);
		// Ctrl-C: the JVM runs its shutdown hooks; this one stops the sweep and waits for the partial report
		Thread stop = new Thread(() -> {
			worker.interrupt();
			try {
				written.await(30, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "vmmig-stop-sweep");
		Runtime.getRuntime().addShutdownHook(stop);
		long start = System.nanoTime();
		try {
			SweepResults results = SweepRuns.execute(sweep, executor, progress::finished);
			progress.done();
			double seconds = (System.nanoTime() - start) / 1e9;
			err.println(String.format(Locale.ROOT, "sweep %s: %d of %d runs in %.1f s (%.1f runs/s)%s", name,
					results.outcomes().size(), total, seconds, results.outcomes().size() / Math.max(seconds, 1e-9),
					results.partial() ? ", STOPPED: the report is partial" : ""));
			for (Path file : SweepFiles.write(results, output)) {
				out.println("  report: " + file);
			}
			print(results, out);
			return results.partial() ? INTERRUPTED : ExitCodes.OK;
		} finally {
			written.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(stop);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running: it waited for the report above
			}
		}
	}

	private static void print(SweepResults results, PrintWriter out) {
		out.println("sweep " + results.sweep() + " (scenario " + results.scenario() + "): " + results.outcomes().size()
				+ " runs, " + results.failures() + " failed" + (results.partial() ? ", PARTIAL" : ""));
		if (results.objective() != null) {
			out.println("  best (" + results.objective().describe() + "): " + results.best()
					.map(b -> "run " + b.index() + ", " + String.join(" · ", results.labels(b.index())) + ", "
							+ results.objective().metric().word() + " "
							+ SweepTables.unit(results.objective().metric()).human(b.result().get(results.objective().metric())))
					.orElse("no run meets the constraints"));
		}
		List<SweepMetric> pareto = results.pareto();
		out.println("  Pareto front of " + pareto.get(0).word() + " and " + pareto.get(1).word() + ": "
				+ results.paretoFront().size() + " run(s)");
	}

	/** Progress on stderr: a redrawn line on a terminal, else a line every tenth of the sweep or every 2 s. */
	private static final class Progress {
		private final PrintWriter err;
		private final TerminalProgress terminal;
		private final String name;
		private final int total;
		private int done;
		private int failed;
		private int lastTenth;
		private long lastLine = System.nanoTime();

		Progress(PrintWriter err, String name, int total) {
			this.err = err;
			this.terminal = new TerminalProgress(err);
			this.name = name;
			this.total = total;
			terminal.start("sweep " + name + ", runs");
		}

		void finished(FinishedRun<RunMetrics> outcome) {
			done++;
			failed += outcome.succeeded() ? 0 : 1;
			if (TerminalProgress.isTerminal()) {
				terminal.step(done, total);
				return;
			}
			int tenth = (int) (10L * done / Math.max(total, 1));
			long now = System.nanoTime();
			if (tenth > lastTenth || now - lastLine > 2_000_000_000L) {
				lastTenth = tenth;
				lastLine = now;
				err.println("sweep " + name + ": " + done + "/" + total + " runs" + (failed > 0 ? ", " + failed + " failed" : ""));
				err.flush();
			}
		}

		void done() {
			terminal.done();
		}
	}
}
