package org.vmmig.dsl.ui.document;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

/**
 * How many errors keep a parsed model from being run — syntax, names, units, and those of the files it imports — as
 * the command line counts them before it simulates, sweeps or generates anything. Simulate, Run Sweep and Generate
 * Runbook ask here, so the three refuse the same models.
 */
public final class ModelErrors {

	private ModelErrors() {
	}

	/**
	 * The model's errors; a cancelled {@code monitor} (null: none) stops the validation with
	 * {@link OperationCanceledException}, the platform's exception for it rather than Xtext's.
	 */
	public static long count(Injector injector, XtextResource resource, IProgressMonitor monitor) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		long errors;
		try {
			errors = validator.validate(resource, CheckMode.ALL, () -> monitor != null && monitor.isCanceled()).stream()
					.filter(issue -> issue.getSeverity() == Severity.ERROR).count();
		} catch (OperationCanceledError e) { // Xtext's way of saying the monitor was cancelled
			throw new OperationCanceledException();
		}
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		return errors;
	}
}
