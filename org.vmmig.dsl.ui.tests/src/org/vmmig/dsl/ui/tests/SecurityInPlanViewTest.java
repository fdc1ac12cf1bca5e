package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.ui.plan.MigrationPlanView;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.plan.PlanComputation;
import org.vmmig.engine.run.RunOptions;

/** The Migration Plan view names the security requirements a migration must meet and does not, with notes. */
@ExtendWith(ScreenshotOnFailure.class)
class SecurityInPlanViewTest {

	private static final String WAN_MOVE = """
			host h1 { memory 64 GiB nic 1 Gbps }
			host h2 { memory 64 GiB nic 1 Gbps }
			network wan1 { kind wan bandwidth 1 Gbps latency 1 ms connects h1, h2 }
			vm web { memory 2 GiB on h1 }
			policy p { technique pre-copy audit-trail }
			scenario drain { evacuate h1 using p }
			""";

	@Test
	void aMoveOverAnUntrustedWanShowsTheRequirementsItDoesNotMeet() throws Exception {
		ModelResults results = new PlanComputation(VmigUiPlugin.getDefault().injector()).compute("wan.vmig",
				URI.createURI("inmemory:/security/wan.vmig"), WAN_MOVE, RunOptions.DEFAULTS, new NullProgressMonitor());
		assertEquals("mutual-authentication, confidentiality-in-transit", results.rows().get(0).securityNotMet());
		assertTrue(results.notes().contains("scenario drain: security requirement not met — vm web (h1 to h2): mutual "
				+ "authentication not met, required because the path is untrusted: source and destination do not "
				+ "authenticate each other; add mutual-authentication to the policy."), results.notes().toString());

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		MigrationPlanView view = (MigrationPlanView) page.showView(MigrationPlanView.ID);
		try {
			CurrentResults.shared().publish(results); // as Simulate does
			Table table = view.table();
			List<String> titles = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
			int column = titles.indexOf("Security not met");
			assertTrue(column >= 0, "a column of its own: " + titles);
			assertEquals("mutual-authentication, confidentiality-in-transit", table.getItem(0).getText(column));
		} finally {
			PlanViews.clear(page);
		}
	}
}
