package org.vmmig.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vmmig.engine.sweep.Percentiles;
import org.vmmig.engine.sweep.RunMetrics;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.sweep.SweepResults;
import org.vmmig.engine.units.Dimension;

/**
 * A sweep's results as report tables (docs/sweeps.md): {@code sweep} (what ran, whether it is partial),
 * {@code best} (the best configuration under the model's constraints), {@code pareto} (every run, those on the
 * front marked; a scatter), {@code heatmap} (the first two knobs, the objective's metric averaged over the rest),
 * {@code sensitivity} (each metric's first-order index for each knob), with Monte-Carlo samples
 * {@code percentiles-<metric>} (P50, P95, P99 of each configuration with their confidence intervals; percentile
 * bands), and last {@code runs} (a row per run: its knob values, every metric or the failure's reason).
 */
public final class SweepTables {

	private SweepTables() {
	}

	public static Report report(SweepResults results) {
		List<ReportTable> tables = new ArrayList<>();
		// what people decide from first; the long table of every run last
		tables.add(summary(results));
		if (results.objective() != null) {
			tables.add(best(results));
		}
		tables.add(pareto(results));
		if (results.knobs().size() >= 2) {
			tables.add(heatmap(results));
		}
		if (!results.knobs().isEmpty()) {
			tables.add(sensitivity(results));
		}
		if (results.grid().samples() > 1) {
			for (SweepMetric metric : results.metrics()) {
				tables.add(percentiles(results, metric));
			}
		}
		tables.add(runs(results));
		String title = results.model() + " — sweep " + results.sweep() + (results.partial() ? " (partial)" : "");
		List<String> subtitle = new ArrayList<>();
		subtitle.add("scenario " + results.scenario() + ": " + results.outcomes().size() + " of " + results.grid().runs()
				+ " runs finished on " + results.executor() + (results.failures() > 0 ? ", " + results.failures() + " failed" : ""));
		if (results.partial()) {
			subtitle.add("PARTIAL: the sweep was stopped; only the runs that finished are reported.");
		}
		return new Report(title, subtitle, tables);
	}

	/** The column unit of a metric's values. */
	public static ColumnUnit unit(SweepMetric metric) {
		Dimension dimension = metric.dimension().orElse(null);
		if (dimension == null) {
			return ColumnUnit.COUNT;
		}
		return switch (dimension) {
		case ENERGY -> ColumnUnit.JOULES;
		case DURATION -> ColumnUnit.SECONDS;
		case DATA_SIZE -> ColumnUnit.BYTES;
		case DATA_RATE -> ColumnUnit.BYTES_PER_SECOND;
		case RATIO -> ColumnUnit.RATIO;
		default -> ColumnUnit.COUNT;
		};
	}

	private static ReportTable summary(SweepResults r) {
		return ReportTable.builder("sweep", "Sweep").description("What ran: a partial sweep was stopped before every run finished.")
				.column("sweep", "sweep", ColumnUnit.TEXT).column("scenario", "scenario", ColumnUnit.TEXT)
				.column("runsPlanned", "runs planned", ColumnUnit.COUNT).column("runsFinished", "runs finished", ColumnUnit.COUNT)
				.column("runsFailed", "runs failed", ColumnUnit.COUNT).column("samples", "samples per configuration", ColumnUnit.COUNT)
				.column("seed", "seed", ColumnUnit.COUNT).column("partial", "partial", ColumnUnit.BOOLEAN)
				.row(r.sweep(), r.scenario(), r.grid().runs(), r.outcomes().size(), r.failures(), r.grid().samples(), r.seed(),
						r.partial())
				.build();
	}

	private static ReportTable.Builder withKnobs(ReportTable.Builder table, SweepResults r) {
		table.column("run", "run", ColumnUnit.COUNT);
		for (String knob : r.knobs()) {
			table.column(key(knob), knob, ColumnUnit.TEXT);
		}
		if (r.grid().samples() > 1) {
			table.column("sample", "sample", ColumnUnit.COUNT);
		}
		return table;
	}

	private static List<Object> knobValues(SweepResults r, FinishedRun<RunMetrics> outcome) {
		List<Object> row = new ArrayList<>();
		row.add(outcome.index());
		row.addAll(r.labels(outcome.index()));
		if (r.grid().samples() > 1) {
			row.add(r.grid().sample(outcome.index()));
		}
		return row;
	}

	private static ReportTable runs(SweepResults r) {
		ReportTable.Builder table = withKnobs(ReportTable.builder("runs", "Runs"), r)
				.description("One row per run: its knob values and every metric, or why it failed.");
		for (SweepMetric metric : r.metrics()) {
			table.column(metric.key(), metric.label(), unit(metric));
		}
		table.column("failure", "failure", ColumnUnit.TEXT);
		for (FinishedRun<RunMetrics> outcome : r.outcomes()) {
			List<Object> row = knobValues(r, outcome);
			for (SweepMetric metric : r.metrics()) {
				row.add(outcome.succeeded() ? number(outcome.result().get(metric)) : null);
			}
			row.add(outcome.failure());
			table.row(row.toArray());
		}
		return table.build();
	}

	private static ReportTable best(SweepResults r) {
		ReportTable.Builder table = withKnobs(ReportTable.builder("best", "Best configuration"), r)
				.description(r.objective().describe() + (r.best().isEmpty() ? ": no finished run meets the constraints." : "."));
		for (SweepMetric metric : r.metrics()) {
			table.column(metric.key(), metric.label(), unit(metric));
		}
		r.best().ifPresent(outcome -> {
			List<Object> row = knobValues(r, outcome);
			r.metrics().forEach(metric -> row.add(number(outcome.result().get(metric))));
			table.row(row.toArray());
		});
		return table.build();
	}

	private static ReportTable pareto(SweepResults r) {
		SweepMetric x = r.pareto().get(0), y = r.pareto().get(1);
		List<Integer> front = r.paretoFront();
		ReportTable.Builder table = withKnobs(ReportTable.builder("pareto", "Pareto front: " + x.word() + " and " + y.word()), r)
				.description("Every finished run; those on the front (no other run has less " + x.word() + " and less "
						+ y.word() + ") are marked.")
				.column("configuration", "configuration", ColumnUnit.TEXT).column(x.key(), x.label(), unit(x))
				.column(y.key(), y.label(), unit(y)).column("onFront", "on the Pareto front", ColumnUnit.BOOLEAN);
		for (int i = 0; i < r.outcomes().size(); i++) {
			FinishedRun<RunMetrics> outcome = r.outcomes().get(i);
			if (!outcome.succeeded()) {
				continue;
			}
			List<Object> row = knobValues(r, outcome);
			row.add(configuration(r, outcome.index()));
			row.add(number(outcome.result().get(x)));
			row.add(number(outcome.result().get(y)));
			row.add(front.contains(i));
			table.row(row.toArray());
		}
		return table.chart(new Chart.Scatter(x.key(), y.key(), "onFront", "configuration", List.of())).build();
	}

	private static ReportTable sensitivity(SweepResults r) {
		ReportTable.Builder table = ReportTable.builder("sensitivity", "Sensitivity")
				.description("The share of each metric's variation over the sweep that each knob explains on its own: "
						+ "the first-order index Var(E[metric | knob]) / Var(metric) (Saltelli et al. 2008); empty when "
						+ "the metric does not vary.")
				.column("metric", "metric", ColumnUnit.TEXT);
		for (String knob : r.knobs()) {
			table.column(key(knob), knob, ColumnUnit.RATIO);
		}
		for (SweepMetric metric : r.metrics()) {
			List<Object> row = new ArrayList<>();
			row.add(metric.word());
			for (double index : r.sensitivity(metric)) {
				row.add(number(index));
			}
			table.row(row.toArray());
		}
		return table.build();
	}

	/** The objective's metric (or the front's first) over the first two knobs, averaged over everything else. */
	private static ReportTable heatmap(SweepResults r) {
		SweepMetric metric = r.objective() != null ? r.objective().metric() : r.pareto().get(0);
		String xKnob = r.knobs().get(0), yKnob = r.knobs().get(1);
		int xs = r.levels().get(0).size(), ys = r.levels().get(1).size();
		double[][] sum = new double[xs][ys];
		int[][] count = new int[xs][ys];
		for (FinishedRun<RunMetrics> outcome : r.outcomes()) {
			double value = outcome.succeeded() ? outcome.result().get(metric) : Double.NaN;
			if (!Double.isNaN(value)) {
				int[] at = r.grid().levels(r.grid().combination(outcome.index()));
				sum[at[0]][at[1]] += value;
				count[at[0]][at[1]]++;
			}
		}
		ReportTable.Builder table = ReportTable.builder("heatmap", "Heatmap: " + metric.word() + " by " + xKnob + " and " + yKnob)
				.description("The mean " + metric.label() + " of the runs with each pair of values (over the other knobs and samples).")
				.column("x", xKnob, ColumnUnit.TEXT).column("y", yKnob, ColumnUnit.TEXT)
				.column("value", "mean " + metric.label(), unit(metric)).column("runs", "runs", ColumnUnit.COUNT);
		for (int i = 0; i < xs; i++) {
			for (int j = 0; j < ys; j++) {
				table.row(r.levels().get(0).get(i), r.levels().get(1).get(j),
						count[i][j] == 0 ? null : sum[i][j] / count[i][j], count[i][j]);
			}
		}
		return table.chart(new Chart.Heatmap("x", "y", "value", List.of())).build();
	}

	private static ReportTable percentiles(SweepResults r, SweepMetric metric) {
		ColumnUnit unit = unit(metric);
		ReportTable.Builder table = ReportTable.builder("percentiles-" + metric.word(),
				"Percentiles: " + metric.label())
				.description("Over each configuration's Monte-Carlo samples: the percentile (Hyndman and Fan's definition 7) "
						+ "and its " + Math.round(Percentiles.CONFIDENCE * 100) + " % confidence interval from order statistics "
						+ "(Conover 1999, §3.2); a bound is empty when the samples are too few for it.")
				.column("configuration", "configuration", ColumnUnit.TEXT).column("samples", "samples", ColumnUnit.COUNT);
		for (double p : Percentiles.SHOWN) {
			String name = "p" + Math.round(p * 100);
			table.column(name, name.toUpperCase(Locale.ROOT), unit).column(name + "Low", name.toUpperCase(Locale.ROOT) + " low", unit)
					.column(name + "High", name.toUpperCase(Locale.ROOT) + " high", unit);
		}
		for (int c = 0; c < r.grid().combinations(); c++) {
			double[] samples = r.samples(c, metric);
			if (samples.length == 0) {
				continue;
			}
			List<Object> row = new ArrayList<>();
			row.add(configuration(r, c * r.grid().samples()));
			row.add(samples.length);
			for (double p : Percentiles.SHOWN) {
				Percentiles.Estimate estimate = Percentiles.estimate(samples, p, Percentiles.CONFIDENCE);
				row.add(number(estimate.value()));
				row.add(number(estimate.lower()));
				row.add(number(estimate.upper()));
			}
			table.row(row.toArray());
		}
		return table.chart(new Chart.Bands("configuration", List.of("p50", "p95", "p99"), List.of())).build();
	}

	/** A run's knob values in a line: "thr 0.8 · mmt · 20110303" (the sweep's name when nothing varies). */
	static String configuration(SweepResults r, int run) {
		List<String> labels = r.labels(run);
		return labels.isEmpty() ? r.sweep() : String.join(" · ", labels);
	}

	/** A knob's column key: "downtime-limit" → "downtimeLimit". */
	static String key(String knob) {
		StringBuilder key = new StringBuilder();
		boolean upper = false;
		for (char c : knob.toCharArray()) {
			if (c == '-') {
				upper = true;
			} else {
				key.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return key.toString();
	}

	private static Double number(double value) {
		return Double.isFinite(value) ? value : null;
	}
}
