package org.vmmig.dsl.ui.preferences;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > vmmig: the run options of Simulate, Generate Report, the editor's
 * checks and the hover — the cost model ({@code --cost-model}), the downtime limit of policies that set none
 * ({@code --default-downtime-limit}), CloudSim's rules ({@code --cloudsim-rules}) and the seed ({@code --seed}). Stored in the instance scope.
 */
public class VmigPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.vmmig.dsl.ui.preferences";

	public VmigPreferencePage() {
		super(GRID);
		setDescription("Defaults of the engine when the workbench simulates a model (Simulate command, Migration Plan view).");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, VmigPreferences.NODE)); // as the plug-in's store
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(VmigPreferences.COST_MODEL, "Cost model", 1,
				new String[][] { { "&Live migration model (pre-copy rounds, post-copy, hybrid)", VmigPreferences.COST_MODEL_LIVE },
						{ "&CloudSim baseline (memory / half the bandwidth)", VmigPreferences.COST_MODEL_CLOUDSIM } },
				getFieldEditorParent(), true));
		IntegerFieldEditor downtime = new IntegerFieldEditor(VmigPreferences.DEFAULT_DOWNTIME_LIMIT_MS,
				"Default &downtime limit (ms):", getFieldEditorParent(), 6);
		downtime.setValidRange(1, 600_000);
		downtime.setErrorMessage("The downtime limit is a whole number of milliseconds from 1 to 600000.");
		addField(downtime);
		addField(new BooleanFieldEditor(VmigPreferences.CLOUDSIM_RULES,
				"Time simulations follow CloudSim 4.0's &rules (to compare with its studies)", getFieldEditorParent()));
		StringFieldEditor seed = new StringFieldEditor(VmigPreferences.SEED,
				"&Seed of time simulations (blank: each scenario's own):", 12, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String text = getStringValue();
				return text.isBlank() || VmigPreferences.seed(text) != null;
			}
		};
		seed.setErrorMessage("The seed is a whole number, or blank for each scenario's own.");
		addField(seed);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		if (ok && getPreferenceStore() instanceof IPersistentPreferenceStore store && store.needsSaving()) {
			try {
				store.save(); // to the workspace's .metadata now, not only when the workbench closes
			} catch (IOException e) {
				ILog.of(getClass()).error("vmmig: cannot save the preferences", e);
			}
		}
		return ok;
	}
}
