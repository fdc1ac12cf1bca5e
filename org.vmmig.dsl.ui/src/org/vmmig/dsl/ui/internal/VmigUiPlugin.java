package org.vmmig.dsl.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.vmmig.dsl.ide.VmigIdeSetup;
import org.vmmig.dsl.run.RunOptionsSource;
import org.vmmig.dsl.ui.preferences.VmigPreferences;

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

	/**
	 * A 16x16 icon of the bundle by name ({@code "host"} → {@code icons/host.png}), shared and disposed with
	 * the plug-in; null when there is none.
	 */
	public Image image(String name) {
		ImageRegistry registry = getImageRegistry();
		Image image = registry.get(name);
		if (image == null && registry.getDescriptor(name) == null) {
			ImageDescriptor descriptor = imageDescriptor(name);
			if (descriptor != null) {
				registry.put(name, descriptor);
				image = registry.get(name);
			}
		}
		return image;
	}

	/** The descriptor of {@code icons/<name>.png}, or null when the bundle has no such icon. */
	public static ImageDescriptor imageDescriptor(String name) {
		return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, "icons/" + name + ".png").orElse(null);
	}

	/** The language injector (runtime and IDE modules), created on first use. */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new VmigIdeSetup().createInjectorAndDoEMFRegistration();
			// the editor's checks and hover predict under the preferences, as Simulate does
			injector.getInstance(RunOptionsSource.class).use(VmigPreferences::runOptions);
		}
		return injector;
	}
}
