package org.vmmig.dsl.ui.tests;

import org.eclipse.swt.SWTError;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot of the workbench when a UI test fails, so a CI failure can be seen. */
public final class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		try {
			var file = WorkbenchDriver.screenshot(WorkbenchDriver.screenshotDirectory(),
					"FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
			System.err.println("screenshot of the failure: " + file.toAbsolutePath());
		} catch (Exception | SWTError e) { // SWT reports display problems as errors
			System.err.println("could not save a screenshot: " + e);
		}
	}
}
