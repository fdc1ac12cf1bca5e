package org.vmmig.dsl.ui.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the workbench's views show: the latest result of each model that was simulated, the one simulated last
 * (the current result) and the migration the user selected in it. Simulate and Generate Report publish here; the
 * views (Migration Plan, Metrics, any new one) listen here rather than look each other up, so a view can be
 * added, opened or closed without the others knowing. Run Sweep publishes the last sweep here too
 * ({@link SweepReport}). One instance per workbench ({@link #shared()}); used in
 * the UI thread only, and listeners are told in it.
 */
public final class CurrentResults {

	/** Told when a new result is published or another migration is selected (UI thread). */
	public interface Listener {
		void resultChanged(ModelResults result);

		default void selectionChanged(PlanRow row) {
		}

		/** A sweep was run (Run Sweep): its results and tables. */
		default void sweepChanged(SweepReport sweep) {
		}
	}

	/** Before any Simulate: no model, and what to do to see one. */
	public static final ModelResults NONE = new ModelResults("",
			List.of("Open a .vmig model and run Simulate (editor context menu or toolbar) to see its plan."));

	private static final CurrentResults SHARED = new CurrentResults();

	private final Map<String, ModelResults> latestByModel = new LinkedHashMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private ModelResults current = NONE;
	private PlanRow selected;
	private SweepReport sweep;

	/** A model of its own (tests); the workbench uses {@link #shared()}. */
	public CurrentResults() {
	}

	/** The workbench's one instance. */
	public static CurrentResults shared() {
		return SHARED;
	}

	/**
	 * Makes {@code result} the current one (and its model's latest), selects its first migration, and tells the
	 * listeners.
	 */
	public void publish(ModelResults result) {
		current = result;
		if (!result.modelName().isEmpty()) {
			latestByModel.put(result.modelName(), result);
		}
		selected = result.rows().isEmpty() ? null : result.rows().get(0);
		for (Listener listener : listeners) {
			listener.resultChanged(result);
		}
	}

	/** Selects one migration of the current result (null: none), e.g. a row of the Migration Plan view. */
	public void select(PlanRow row) {
		if (row == selected) {
			return;
		}
		selected = row;
		for (Listener listener : listeners) {
			listener.selectionChanged(row);
		}
	}

	/**
	 * Makes {@code report} the current sweep and tells the listeners. A sweep does not replace the current
	 * result: the plans of the last Simulate stay shown beside it.
	 */
	public void publishSweep(SweepReport report) {
		sweep = report;
		for (Listener listener : listeners) {
			listener.sweepChanged(report);
		}
	}

	/** The sweep run last (Run Sweep), if any. */
	public Optional<SweepReport> sweep() {
		return Optional.ofNullable(sweep);
	}

	public ModelResults current() {
		return current;
	}

	/** The migration selected in the current result, or null. */
	public PlanRow selected() {
		return selected;
	}

	/** The last result published for a model (by its file name), if it was simulated in this session. */
	public Optional<ModelResults> latest(String modelName) {
		return Optional.ofNullable(latestByModel.get(modelName));
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
