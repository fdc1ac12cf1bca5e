package org.vmmig.dsl.ui.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.sweep.ModelSweep;
import org.vmmig.dsl.sweep.SweepRuns;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.document.ModelErrors;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.metrics.MetricsView;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.SweepReport;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.sweep.LocalSweepExecutor;
import org.vmmig.engine.sweep.SweepExecutor;
import org.vmmig.engine.sweep.SweepResults;
import org.vmmig.report.SweepFiles;

import com.google.inject.Injector;

/**
 * Runs one sweep of a model's text as {@code vmmig sweep} does — a model with errors is not run; otherwise
 * {@link SweepRuns#execute} of {@link ModelSweep#of} on {@link LocalSweepExecutor#allCores()} — and publishes the
 * results with their tables ({@link SweepReport}) to {@link CurrentResults}, bringing up the Metrics view. It writes the
 * files {@code vmmig sweep} writes ({@link SweepFiles}: {@code <file>-<sweep>.html}, {@code .json}, a CSV per table)
 * into the model's {@code reports} folder, as Generate Report does, and refreshes that folder.
 * Cancel stops the sweep as Ctrl-C stops the CLI's: runs not started never start, the finished ones are kept, and the
 * published result and the files are marked partial (the job's status says so, with severity CANCEL).
 */
public final class SweepJob extends Job {

	/** The family of sweep jobs ({@link Job#belongsTo}). */
	public static final Object FAMILY = SweepJob.class;

	private final String modelName;
	private final URI uri;
	private final String text;
	private final String sweepName;
	private final RunOptions options;
	private final IWorkbenchPage page;
	private final IFolder output;
	private final AtomicInteger finished = new AtomicInteger();
	private final Object running = new Object();
	/** The thread waiting for the runs, while it does: Cancel interrupts it, as Ctrl-C interrupts the CLI's. */
	private Thread sweeping;
	private volatile SweepReport report;
	private volatile List<Path> written = List.of();

	/**
	 * @param sweepName the sweep to run; null when the model has none (the job then says how to write one)
	 * @param page where to show the Metrics view; null for none
	 * @param output the folder for the sweep's files; null for none (a model outside the workspace)
	 */
	public SweepJob(String modelName, URI uri, String text, String sweepName, RunOptions options, IWorkbenchPage page,
			IFolder output) {
		super(sweepName == null ? "Sweeping " + modelName : "Sweep " + sweepName + " of " + modelName);
		this.modelName = modelName;
		this.uri = uri;
		this.text = text;
		this.sweepName = sweepName;
		this.options = options;
		this.page = page;
		this.output = output;
	}

	/** The runs finished so far (a progress figure, also for tests). */
	public int finishedRuns() {
		return finished.get();
	}

	/** The files the last run wrote (HTML, JSON, the CSV of each table), in that order; empty before. */
	public List<Path> written() {
		return written;
	}

	/** What the last run of the job gave, once it ended with results. */
	public Optional<SweepReport> report() {
		return Optional.ofNullable(report);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			Sweep sweep;
			try {
				sweep = validSweep(progress.split(5));
			} catch (Refused refused) {
				return Status.warning(refused.getMessage());
			}
			ModelSweep runs = ModelSweep.of(sweep, options);
			SweepResults results = execute(runs, progress.split(90).setWorkRemaining(runs.runs()));
			SweepReport published = SweepReport.of(results);
			report = published;
			if (page != null) {
				page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> show(page, published));
			}
			String files = write(results); // also when cancelled: the partial sweep's files, as after Ctrl-C
			String done = String.format(Locale.ROOT, "sweep %s of %s: %d of %d runs, %d failed%s", results.sweep(), modelName,
					results.outcomes().size(), runs.runs(), results.failures(), files);
			return results.partial()
					? new Status(IStatus.CANCEL, VmigUiPlugin.PLUGIN_ID, "Stopped " + done + "; the result is partial.")
					: Status.info(done + ".");
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error("Cannot read " + modelName + " or write its sweep's files: " + e.getMessage());
		} catch (CoreException e) {
			return e.getStatus();
		} catch (RuntimeException e) { // a bug, not the user's input: keep the trace for the log
			return Status.error("vmmig: the sweep of " + modelName + " failed: " + e, e);
		} finally {
			monitor.done();
		}
	}

	/** The model's sweep, parsed and validated as the CLI does before running it. */
	private Sweep validSweep(SubMonitor progress) throws IOException, Refused {
		Injector injector = VmigUiPlugin.getDefault().injector();
		XtextResource resource = new DocumentParser(injector).parse(uri, text);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			throw new Refused(modelName + " is empty.");
		}
		if (sweepName == null) {
			throw new Refused(modelName + " has no sweep: add one, e.g. sweep s { scenario day vary seed 1, 2 }");
		}
		Sweep sweep = model.getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast)
				.filter(s -> sweepName.equals(s.getName())).findFirst()
				.orElseThrow(() -> new Refused(modelName + " has no sweep named " + sweepName + "."));
		long errors = ModelErrors.count(injector, resource, progress);
		if (errors > 0) {
			throw new Refused("No sweep run: " + modelName + " has " + errors + " error(s); see the Problems view.");
		}
		return sweep;
	}

	/** The sweep's runs on every core; stopped (partial) when the job is cancelled. */
	private SweepResults execute(ModelSweep sweep, SubMonitor progress) {
		int total = sweep.runs();
		AtomicInteger failed = new AtomicInteger();
		try (SweepExecutor executor = LocalSweepExecutor.allCores()) {
			synchronized (running) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				sweeping = Thread.currentThread();
			}
			progress.subTask("0 of " + total + " runs on " + executor.describe());
			try {
				// the executor reports runs one at a time (never concurrently), from its worker threads
				return SweepRuns.execute(sweep, executor, outcome -> {
					int done = finished.incrementAndGet();
					int failures = outcome.succeeded() ? failed.get() : failed.incrementAndGet();
					progress.worked(1);
					progress.subTask(done + " of " + total + " runs" + (failures > 0 ? ", " + failures + " failed" : ""));
				});
			} finally {
				synchronized (running) {
					sweeping = null;
				}
				Thread.interrupted(); // a Cancel that came as the last run ended must not reach the pool's next job
			}
		}
	}

	/**
	 * The sweep's files, as {@code vmmig sweep -o} writes them, into the output folder, refreshed so that the Project
	 * Explorer shows them; says where, for the job's status.
	 */
	private String write(SweepResults results) throws IOException, CoreException {
		if (output == null) {
			return "; no files written (the model is not in the workspace)";
		}
		written = List.copyOf(SweepFiles.write(results, output.getLocation().toFile().toPath()));
		output.refreshLocal(IResource.DEPTH_ONE, null); // not the job's monitor: a cancelled one would stop the refresh
		return "; " + written.size() + " files written to " + output.getFullPath();
	}

	@Override
	protected void canceling() {
		synchronized (running) {
			if (sweeping != null) {
				sweeping.interrupt();
			}
		}
	}

	/** Publishes a sweep to the views and brings up the Metrics view, whose sweep tab shows it; UI thread. */
	static void show(IWorkbenchPage page, SweepReport report) {
		if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
			return;
		}
		CurrentResults.shared().publishSweep(report);
		try {
			page.showView(MetricsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(SweepJob.class).error("vmmig: cannot show the Metrics view", e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Why a model's sweep is not run: said in the job's status. */
	private static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}
}
