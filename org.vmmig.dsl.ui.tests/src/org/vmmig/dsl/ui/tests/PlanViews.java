package org.vmmig.dsl.ui.tests;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.vmmig.dsl.ui.plan.MetricsView;
import org.vmmig.dsl.ui.plan.MigrationPlanView;
import org.vmmig.dsl.ui.plan.ModelResults;

/** Test set-up: the plan views start empty, so a test never mistakes an earlier test's plan for its own. */
final class PlanViews {

	private PlanViews() {
	}

	static void clear(IWorkbenchPage page) {
		ModelResults empty = new ModelResults("", List.of());
		if (page.findView(MigrationPlanView.ID) instanceof MigrationPlanView view) {
			view.show(empty);
		}
		if (page.findView(MetricsView.ID) instanceof MetricsView view) {
			view.show(empty);
		}
	}
}
