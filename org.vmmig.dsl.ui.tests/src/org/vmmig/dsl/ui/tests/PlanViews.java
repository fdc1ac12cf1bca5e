package org.vmmig.dsl.ui.tests;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.ModelResults;

/** Test set-up: the plan views start empty, so a test never mistakes an earlier test's plan for its own. */
final class PlanViews {

	private PlanViews() {
	}

	static void clear(IWorkbenchPage page) {
		CurrentResults.shared().publish(new ModelResults("", List.of())); // every open view shows it
	}
}
