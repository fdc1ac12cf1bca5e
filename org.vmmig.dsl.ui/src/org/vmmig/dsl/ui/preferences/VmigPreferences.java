package org.vmmig.dsl.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.run.RunOptions;

/**
 * The workbench's vmmig preferences, kept in the instance scope (the workspace): the engine defaults the
 * Simulate command uses, and the editor's bracket highlighting. Defaults are set by this initializer
 * (plugin.xml).
 */
public class VmigPreferences extends AbstractPreferenceInitializer {

	/**
	 * The preference node: the bundle's symbolic name, as the plug-in's own preference store uses. Spelled
	 * here rather than taken from the plug-in class so that this package depends on no other of the bundle.
	 */
	public static final String NODE = "org.vmmig.dsl.ui";

	/** {@value #COST_MODEL_LIVE} or {@value #COST_MODEL_CLOUDSIM}, as the CLI's --cost-model. */
	public static final String COST_MODEL = "costModel";
	public static final String COST_MODEL_LIVE = "live";
	public static final String COST_MODEL_CLOUDSIM = "cloudsim";
	/** Downtime limit in milliseconds for policies that set none. */
	public static final String DEFAULT_DOWNTIME_LIMIT_MS = "defaultDowntimeLimitMs";
	/** Time simulations follow CloudSim 4.0's rules, as the CLI's --cloudsim-rules. */
	public static final String CLOUDSIM_RULES = "cloudSimRules";
	/** The seed of every time simulation, as the CLI's --seed; blank: each scenario's own. */
	public static final String SEED = "seed";
	/** Whether the editor highlights the bracket matching the one at the caret, and in which colour. */
	public static final String MATCHING_BRACKETS = "org.vmmig.dsl.ui.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "org.vmmig.dsl.ui.matchingBracketsColor";

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.put(COST_MODEL, COST_MODEL_LIVE);
		defaults.putInt(DEFAULT_DOWNTIME_LIMIT_MS,
				(int) Math.round(MigrationPolicy.defaults().downtimeLimitSeconds() * 1000));
		defaults.putBoolean(CLOUDSIM_RULES, false);
		defaults.put(SEED, "");
		defaults.putBoolean(MATCHING_BRACKETS, true);
		defaults.put(MATCHING_BRACKETS_COLOR, "128,128,128");
	}

	private static IEclipsePreferences instance() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private static IEclipsePreferences defaults() {
		return DefaultScope.INSTANCE.getNode(NODE);
	}

	public static String costModelName() {
		return instance().get(COST_MODEL, defaults().get(COST_MODEL, COST_MODEL_LIVE));
	}

	/** The options Simulate, Generate Report, the editor's checks and the hover run scenarios under. */
	public static RunOptions runOptions() {
		RunOptions options = RunOptions.DEFAULTS.withCostModel(RunOptions.CostModel.parse(
				COST_MODEL_CLOUDSIM.equals(costModelName()) ? COST_MODEL_CLOUDSIM : COST_MODEL_LIVE))
				.withCloudSimRules(instance().getBoolean(CLOUDSIM_RULES, defaults().getBoolean(CLOUDSIM_RULES, false)))
				.withDefaultDowntimeLimitSeconds(defaultDowntimeLimitSeconds());
		Long seed = seed(instance().get(SEED, ""));
		return seed == null ? options : options.withSeed(seed);
	}

	/** A seed as typed in the preferences, or null when blank or not a whole number (the page refuses those). */
	static Long seed(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	public static double defaultDowntimeLimitSeconds() {
		int fallback = defaults().getInt(DEFAULT_DOWNTIME_LIMIT_MS, 300);
		int ms = instance().getInt(DEFAULT_DOWNTIME_LIMIT_MS, fallback);
		return (ms > 0 ? ms : fallback) / 1000.0;
	}
}
