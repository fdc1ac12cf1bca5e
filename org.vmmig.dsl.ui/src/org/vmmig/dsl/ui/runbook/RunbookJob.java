package org.vmmig.dsl.ui.runbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ui.document.DocumentParser;
import org.vmmig.dsl.ui.document.ModelErrors;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.generator.GenerationRefused;
import org.vmmig.generator.RunbookFiles;
import org.vmmig.generator.RunbookGenerator;
import org.vmmig.generator.Target;

/**
 * Generates a model's runbooks for one target, as {@code vmmig generate} does, into the {@code runbooks} folder
 * beside the model: all files or none. A model with errors or an infeasible plan gets nothing; the job's status says
 * why. The knobs the target cannot realise are in the status (and named in the files).
 */
public final class RunbookJob extends Job {

	public static final String FOLDER = "runbooks";

	private final IFile model;
	private final String text;
	private final Target target;
	private final RunOptions options;
	private volatile List<IFile> written = List.of();

	public RunbookJob(IFile model, String text, Target target, RunOptions options) {
		super("Generating the " + target.id() + " runbooks of " + model.getName());
		this.model = model;
		this.text = text;
		this.target = target;
		this.options = options;
	}

	/** The files written by the last run, by name. */
	public List<IFile> written() {
		return written;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			var injector = VmigUiPlugin.getDefault().injector();
			XtextResource resource = new DocumentParser(injector).parse(DocumentParser.uri(model), text);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model parsed)) {
				return Status.warning("No runbook generated for " + model.getFullPath() + ": the model is empty");
			}
			long errors = ModelErrors.count(injector, resource, null);
			if (errors > 0) {
				return Status.warning("No runbook generated for " + model.getFullPath() + ": the model has " + errors
						+ " error(s); see the Problems view");
			}
			RunbookGenerator.Generated generated = new RunbookGenerator(options).generate(parsed, target, null);
			IFolder folder = model.getParent().getFolder(new org.eclipse.core.runtime.Path(FOLDER));
			Path directory = folder.getLocation().toFile().toPath();
			RunbookFiles.write(generated.files(), directory);
			List<IFile> files = new ArrayList<>();
			for (String name : generated.files().keySet()) {
				files.add(folder.getFile(name));
			}
			folder.refreshLocal(IResource.DEPTH_ONE, monitor);
			written = List.copyOf(files);
			String message = files.size() + " file(s) written to " + folder.getFullPath();
			return generated.warnings().isEmpty() ? Status.info(message)
					: Status.warning(message + "; " + String.join("; ", generated.warnings()));
		} catch (GenerationRefused e) {
			return Status.warning("No runbook generated for " + model.getFullPath() + ": " + e.getMessage());
		} catch (IOException e) {
			return Status.error("Cannot write the runbooks of " + model.getFullPath() + ": " + e.getMessage());
		} catch (CoreException e) {
			return e.getStatus();
		} catch (RuntimeException e) { // a bug, not the user's input: keep the trace for the log
			return Status.error("Generating the runbooks of " + model.getFullPath() + " failed: " + e, e);
		} finally {
			monitor.done();
		}
	}
}
