package org.vmmig.dsl.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.plan.PlanComputation;
import org.vmmig.dsl.ui.plan.SimulateHandler;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.report.AtomicFiles;
import org.vmmig.report.HtmlRenderer;
import org.vmmig.report.Report;
import org.vmmig.report.ReportNames;
import org.vmmig.report.ResultReports;

/**
 * Plans a model's scenarios (as Simulate does) and writes one HTML report per scenario into the
 * {@code reports} folder beside the model: {@code reports/<model>-<scenario>.html}. Each file is written whole
 * or not at all. A model with errors gets no report; the job's status says why. The views show the plans,
 * as after Simulate.
 */
public final class ReportJob extends Job {

	/** The family of report jobs ({@link Job#belongsTo}). */
	public static final Object FAMILY = ReportJob.class;
	public static final String FOLDER = "reports";

	private final IFile model;
	private final String text;
	private final RunOptions options;
	private final IWorkbenchPage page;
	private volatile List<IFile> written = List.of();

	public ReportJob(IFile model, String text, RunOptions options, IWorkbenchPage page) {
		super("Writing the reports of " + model.getName());
		this.model = model;
		this.text = text;
		this.options = options;
		this.page = page;
	}

	/** The reports written by the last run, in scenario order. */
	public List<IFile> written() {
		return written;
	}

	/** Where the reports of a model go. */
	public static IFolder folder(IFile model) {
		IContainer parent = model.getParent();
		return parent.getFolder(new org.eclipse.core.runtime.Path(FOLDER));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			ModelResults result = new PlanComputation(VmigUiPlugin.getDefault().injector()).compute(model.getName(),
					DocumentParser.uri(model), text, options, progress.split(7));
			if (page != null) {
				page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> SimulateHandler.show(page, result));
			}
			List<Named> reports = reports(result);
			if (reports.isEmpty()) {
				String why = result.notes().isEmpty() ? "the model has no scenario" : result.notes().get(0);
				return Status.warning("No report written for " + model.getFullPath() + ": " + why);
			}
			IFolder folder = folder(model);
			Path directory = folder.getLocation().toFile().toPath();
			SubMonitor writing = progress.split(2).setWorkRemaining(reports.size());
			HtmlRenderer html = new HtmlRenderer();
			List<IFile> files = new ArrayList<>();
			for (Named report : reports) {
				if (writing.isCanceled()) {
					throw new OperationCanceledException();
				}
				String name = ReportNames.stem(model.getName(), report.scenario()) + ".html";
				AtomicFiles.write(directory.resolve(name), html.render(report.report()));
				files.add(folder.getFile(name));
				writing.worked(1);
			}
			folder.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
			written = List.copyOf(files);
			return Status.info(files.size() + " report(s) written to " + folder.getFullPath());
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error("Cannot write the reports of " + model.getFullPath() + ": " + e.getMessage());
		} catch (CoreException e) {
			return e.getStatus();
		} catch (RuntimeException e) { // a bug, not the user's input: keep the trace for the log
			return Status.error("Writing the reports of " + model.getFullPath() + " failed: " + e, e);
		} finally {
			monitor.done();
		}
	}

	private record Named(String scenario, Report report) {
	}

	private static List<Named> reports(ModelResults result) {
		List<Named> reports = new ArrayList<>();
		for (ScenarioResult run : result.results()) {
			reports.add(new Named(run.scenario(), ResultReports.of(run)));
		}
		return reports;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
