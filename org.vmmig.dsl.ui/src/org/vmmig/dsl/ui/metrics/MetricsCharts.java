package org.vmmig.dsl.ui.metrics;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.results.PlanRow;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sim.TimeSimulationResult;

/**
 * What the Metrics view charts, as plain data taken from a result (no widgets): the numbers are the result's
 * own, in SI base units (seconds, bytes, watts); the view only picks the units its axes are labelled in.
 */
public final class MetricsCharts {

	/** What a chart's values measure: it decides the axis unit and how a tooltip prints a value. */
	public enum Quantity {
		SECONDS, BYTES
	}

	/**
	 * A bar chart: one group of bars per label, one bar per series in each group ({@code values.get(label)[series]}).
	 *
	 * @param labelTitle what the labels are ("VM", "Round", "Policy"): the title of the category axis
	 * @param axisTitle what the values are ("Time", "Data sent"): the value axis's title, before its unit
	 * @param stacked whether the series of a label are stacked into one bar (they then never overlap: at most one
	 *        is non-zero, e.g. a round is either a pre-copy round or the stop-and-copy)
	 */
	public record BarChart(String title, String labelTitle, String axisTitle, List<String> labels,
			List<String> seriesNames, List<double[]> values, Quantity quantity, boolean stacked) {
		public BarChart {
			labels = List.copyOf(labels);
			seriesNames = List.copyOf(seriesNames);
			values = List.copyOf(values);
		}
	}

	/** A time series: power (W, left axis) and active hosts (right axis) at each step's time (seconds). */
	public record LineChart(String title, List<Double> seconds, List<String> seriesNames, List<double[]> series) {
		public LineChart {
			seconds = List.copyOf(seconds);
			seriesNames = List.copyOf(seriesNames);
			series = List.copyOf(series);
		}
	}

	public static final String DOWNTIME = "downtime";
	public static final String TOTAL_TIME = "total time";
	public static final String PRE_COPY = "pre-copy round";
	public static final String STOP_AND_COPY = "stop-and-copy";
	public static final String TOTAL_DOWNTIME = "total downtime";
	public static final String LAST_MIGRATION_ENDS = "last migration ends";
	public static final String POWER = "power";
	public static final String ACTIVE_HOSTS = "active hosts";

	private MetricsCharts() {
	}

	/**
	 * The bar charts of a result: the migrations' downtime and total time, the rounds of the selected migration
	 * (null: none), then each evacuation's total downtime and time to finish under every policy of the model.
	 */
	public static List<BarChart> bars(ModelResults result, PlanRow selected) {
		List<BarChart> charts = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<double[]> times = new ArrayList<>();
		for (PlanRow row : result.rows()) {
			Migration m = row.migration();
			labels.add(m.vmName());
			times.add(new double[] { m.estimate().downtimeSeconds(), m.durationSeconds() });
		}
		if (!result.rows().isEmpty() || result.timeSimulations().isEmpty()) { // empty only when there is nothing else
			charts.add(new BarChart("Downtime and total time per migration", "VM", "Time", labels,
					List.of(DOWNTIME, TOTAL_TIME), times, Quantity.SECONDS, false));
		}
		if (selected != null) {
			List<String> rounds = new ArrayList<>();
			List<double[]> bytes = new ArrayList<>();
			for (Round round : selected.migration().estimate().trace()) {
				rounds.add(round.stopAndCopy() ? "stop" : String.valueOf(round.index()));
				bytes.add(round.stopAndCopy() ? new double[] { 0, round.wireBytes() }
						: new double[] { round.wireBytes(), 0 });
			}
			charts.add(new BarChart("Rounds of " + selected.migration().vmName() + ": data sent per round",
					"Round", "Data sent", rounds, List.of(PRE_COPY, STOP_AND_COPY), bytes, Quantity.BYTES, true));
		}
		for (ModelResults.PolicyComparison comparison : result.comparisons()) {
			List<String> policies = new ArrayList<>();
			List<double[]> figures = new ArrayList<>();
			for (ScenarioResult run : comparison.runs()) {
				policies.add(run.policy());
				figures.add(new double[] { run.plan().totalDowntimeSeconds(), run.plan().makespanSeconds() });
			}
			charts.add(new BarChart("Policies for scenario " + comparison.scenario()
					+ ": total downtime and time until the last migration ends", "Policy", "Time", policies,
					List.of(TOTAL_DOWNTIME, LAST_MIGRATION_ENDS), figures, Quantity.SECONDS, false));
		}
		return charts;
	}

	/** The line charts of a result: power and active hosts over time of each time simulation. */
	public static List<LineChart> lines(ModelResults result) {
		List<LineChart> charts = new ArrayList<>();
		for (ScenarioResult simulation : result.timeSimulations()) {
			List<Double> seconds = new ArrayList<>();
			List<TimeSimulationResult.Step> steps = simulation.simulation().series();
			double[] watts = new double[steps.size()];
			double[] hosts = new double[steps.size()];
			for (int i = 0; i < steps.size(); i++) {
				seconds.add(steps.get(i).seconds());
				watts[i] = steps.get(i).watts();
				hosts[i] = steps.get(i).activeHosts();
			}
			charts.add(new LineChart("Scenario " + simulation.scenario() + " using " + simulation.policy()
					+ ": power and active hosts over time", seconds, List.of(POWER, ACTIVE_HOSTS),
					List.of(watts, hosts)));
		}
		return charts;
	}
}
