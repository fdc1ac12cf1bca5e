package org.vmmig.dsl.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.vmmig.engine.sweep.RunMetrics;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepExecutor;
import org.vmmig.engine.sweep.SweepResults;

/**
 * Runs a model's sweep on an executor and gathers its results — all of them, or, when the sweep is stopped (the
 * calling thread interrupted: Ctrl-C), the runs that finished, marked partial. Every front end runs sweeps here.
 */
public final class SweepRuns {

	private SweepRuns() {
	}

	/**
	 * @param progress told of each finished run, never concurrently
	 * @return the results; {@link SweepResults#partial()} when the sweep was stopped. The thread's interrupt is
	 *         consumed (so that the caller can still write the partial report with interruptible I/O).
	 */
	public static SweepResults execute(ModelSweep sweep, SweepExecutor executor, Consumer<FinishedRun<RunMetrics>> progress) {
		List<FinishedRun<RunMetrics>> finished = new ArrayList<>();
		Object lock = new Object();
		boolean partial = false;
		try {
			executor.run(sweep.runs(), sweep, outcome -> {
				synchronized (lock) {
					finished.add(outcome);
				}
				progress.accept(outcome);
			});
		} catch (InterruptedException e) {
			partial = true;
		}
		List<FinishedRun<RunMetrics>> outcomes;
		synchronized (lock) {
			outcomes = List.copyOf(finished);
		}
		return results(sweep, outcomes, partial, executor.describe());
	}

	/** Results of some runs of a sweep (all of them unless partial), in index order. */
	public static SweepResults results(ModelSweep sweep, List<FinishedRun<RunMetrics>> outcomes, boolean partial,
			String executor) {
		SweepDefinition d = sweep.definition();
		return new SweepResults(sweep.modelName(), d.name(), d.scenario(), d.timeSimulation(),
				d.knobs().stream().map(SweepDefinition.Knob::name).toList(),
				d.knobs().stream().map(k -> k.levels().stream().map(SweepDefinition.Level::label).toList()).toList(),
				d.grid(), d.seed(), new ArrayList<>(outcomes), partial, executor, d.objective(), d.pareto());
	}
}
