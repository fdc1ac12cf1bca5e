package org.vmmig.dsl.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.vmmig.dsl.ide.VmigIdeSetup;

import com.google.inject.Injector;

/**
 * The workbench plug-in. Xtext's Eclipse-UI bundles are not available, so the editor calls the language's
 * generic IDE services (org.vmmig.dsl.ide) in-process through this one injector.
 */
public class VmigUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.vmmig.dsl.ui";

	private static VmigUiPlugin instance;

	private Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static VmigUiPlugin getDefault() {
		return instance;
	}

	/** The language injector (runtime and IDE modules), created on first use. */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new VmigIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
