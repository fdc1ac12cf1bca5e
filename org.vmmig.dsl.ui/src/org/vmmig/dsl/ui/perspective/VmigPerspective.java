package org.vmmig.dsl.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.vmmig.dsl.ui.metrics.MetricsView;
import org.vmmig.dsl.ui.plan.MigrationPlanView;
import org.vmmig.dsl.ui.wizards.NewVmmigProjectWizard;

/**
 * The vmmig perspective: the models on the left, the editor in the middle, its outline on the right, and
 * under it what Simulate and validation produce — the Migration Plan, Metrics and Problems views.
 */
public class VmigPerspective implements IPerspectiveFactory {

	public static final String ID = "org.vmmig.dsl.ui.perspective";
	/** The Project Explorer (org.eclipse.ui.navigator.resources); an IDE without it shows an empty placeholder. */
	static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editors);
		IFolderLayout bottom = layout.createFolder("org.vmmig.dsl.ui.perspective.bottom", IPageLayout.BOTTOM, 0.62f,
				editors);
		bottom.addView(MigrationPlanView.ID);
		bottom.addView(MetricsView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		layout.addShowViewShortcut(MigrationPlanView.ID);
		layout.addShowViewShortcut(MetricsView.ID);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addNewWizardShortcut(NewVmmigProjectWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
