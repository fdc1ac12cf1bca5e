package org.vmmig.engine.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a sweep gave: the outcome of every run that finished (all of them, unless the sweep was stopped), with
 * what is needed to read them — the knobs and their values, the grid that numbers the runs — and the analyses
 * people decide from: the best configuration under the constraints, the Pareto front of two metrics, each knob's
 * share of each metric's variation, and the percentiles of the Monte-Carlo samples.
 *
 * @param model          the model's file name
 * @param sweep          the sweep's name
 * @param scenario       the scenario it runs
 * @param timeSimulation whether the scenario is a time simulation (which metrics apply)
 * @param knobs          the varied knobs, as written ("detector", "traces")
 * @param levels         each knob's values, as shown in tables ("thr 0.8", "20110303")
 * @param grid           how runs are numbered
 * @param seed           the Monte-Carlo seed
 * @param outcomes       the finished runs, in index order
 * @param partial        whether the sweep was stopped before every run finished
 * @param executor       where it ran ("4 local threads")
 * @param objective      the model's {@code best}, if any
 * @param pareto         the two metrics of the front
 */
public record SweepResults(String model, String sweep, String scenario, boolean timeSimulation, List<String> knobs,
		List<List<String>> levels, SweepGrid grid, long seed, List<FinishedRun<RunMetrics>> outcomes, boolean partial,
		String executor, SweepObjective objective, List<SweepMetric> pareto) {

	public SweepResults {
		knobs = List.copyOf(knobs);
		levels = levels.stream().map(List::copyOf).toList();
		outcomes = outcomes.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
		pareto = List.copyOf(pareto);
	}

	public List<SweepMetric> metrics() {
		return SweepMetric.of(timeSimulation);
	}

	/** The knob values of a run, one label per knob. */
	public List<String> labels(int run) {
		int[] at = grid.levels(grid.combination(run));
		List<String> labels = new ArrayList<>();
		for (int d = 0; d < at.length; d++) {
			labels.add(levels.get(d).get(at[d]));
		}
		return labels;
	}

	/** A metric of every finished run, NaN for failed ones, in the order of {@link #outcomes()}. */
	public double[] column(SweepMetric metric) {
		return outcomes.stream().mapToDouble(o -> o.succeeded() ? o.result().get(metric) : Double.NaN).toArray();
	}

	/** The finished run meeting the objective's constraints with the best value of its metric (first on ties). */
	public Optional<FinishedRun<RunMetrics>> best() {
		if (objective == null) {
			return Optional.empty();
		}
		FinishedRun<RunMetrics> best = null;
		for (FinishedRun<RunMetrics> outcome : outcomes) {
			if (!outcome.succeeded() || !objective.feasible(outcome.result().values())) {
				continue;
			}
			double value = outcome.result().get(objective.metric());
			if (Double.isNaN(value)) {
				continue;
			}
			double bestValue = best == null ? Double.NaN : best.result().get(objective.metric());
			if (best == null || (objective.minimize() ? value < bestValue : value > bestValue)) {
				best = outcome;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The runs on the Pareto front of the two {@link #pareto()} metrics, as positions in {@link #outcomes()}. */
	public List<Integer> paretoFront() {
		return ParetoFront.of(column(pareto.get(0)), column(pareto.get(1)));
	}

	/** The first-order sensitivity of a metric to each knob ({@link Sensitivity}), one per knob. */
	public double[] sensitivity(SweepMetric metric) {
		double[] values = column(metric);
		double[] indices = new double[knobs.size()];
		for (int d = 0; d < knobs.size(); d++) {
			int knob = d;
			int[] at = outcomes.stream().mapToInt(o -> grid.levels(grid.combination(o.index()))[knob]).toArray();
			indices[d] = Sensitivity.firstOrder(at, values, levels.get(d).size());
		}
		return indices;
	}

	/** The metric's Monte-Carlo samples of one combination (its finished, successful runs). */
	public double[] samples(int combination, SweepMetric metric) {
		return outcomes.stream().filter(o -> grid.combination(o.index()) == combination && o.succeeded())
				.mapToDouble(o -> o.result().get(metric)).toArray();
	}

	public int failures() {
		return (int) outcomes.stream().filter(o -> !o.succeeded()).count();
	}

	@Override
	public String toString() {
		return sweep + ": " + outcomes.size() + " of " + grid.runs() + " runs" + (partial ? " (partial)" : "")
				+ Arrays.toString(knobs.toArray());
	}
}
