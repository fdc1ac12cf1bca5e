package org.vmmig.engine.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.units.Dimension;

/**
 * What a sweep measures of each run, named as the language names it ({@code best minimize energy where slav <
 * 0.01}). Values are in SI base units, as in every report (docs/report-format.md). A plan (an evacuation, a
 * failure, a decision now) and a time simulation measure different things; a metric that does not apply is NaN.
 */
public enum SweepMetric {
	ENERGY("energy", "energyJoules", "energy", Dimension.ENERGY, true, false),
	SLATAH("slatah", "slatah", "SLATAH (share of active time overloaded)", Dimension.RATIO, true, false),
	PDM("pdm", "pdm", "PDM (CPU lost to migrations)", Dimension.RATIO, true, false),
	SLAV("slav", "slav", "SLAV (SLATAH × PDM)", null, true, false),
	ESV("esv", "esvJoules", "ESV (energy × SLAV)", Dimension.ENERGY, true, false),
	MAKESPAN("makespan", "makespanSeconds", "makespan", Dimension.DURATION, false, true),
	MIGRATIONS("migrations", "migrations", "migrations", null, true, true),
	DOWNTIME("downtime", "downtimeSeconds", "total downtime", Dimension.DURATION, true, true),
	MAX_DOWNTIME("max-downtime", "maxDowntimeSeconds", "longest downtime", Dimension.DURATION, true, true),
	DATA("data", "bytesTransferred", "data sent", Dimension.DATA_SIZE, true, true),
	NON_CONVERGING("non-converging", "nonConverging", "migrations not converging", null, true, true),
	UNPLACED("unplaced", "unplaced", "VMs unplaced", null, true, true),
	SLA_BREACHES("sla-breaches", "slaBreaches", "SLA breaches", null, true, true);

	private final String word;
	private final String key;
	private final String label;
	private final Dimension dimension;
	private final boolean ofSimulation;
	private final boolean ofPlan;

	SweepMetric(String word, String key, String label, Dimension dimension, boolean ofSimulation, boolean ofPlan) {
		this.word = word;
		this.key = key;
		this.label = label;
		this.dimension = dimension;
		this.ofSimulation = ofSimulation;
		this.ofPlan = ofPlan;
	}

	/** As written in a model: energy, sla-breaches. */
	public String word() {
		return word;
	}

	/** The column key in tables, CSV and JSON (as docs/report-format.md names the same values). */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	/** The dimension a constraint's value needs a unit of; empty for counts and plain numbers. */
	public Optional<Dimension> dimension() {
		return Optional.ofNullable(dimension);
	}

	/** Whether a time simulation (true) or a plan (false) measures it. */
	public boolean measuredBy(boolean timeSimulation) {
		return timeSimulation ? ofSimulation : ofPlan;
	}

	public static Optional<SweepMetric> byWord(String word) {
		return Arrays.stream(values()).filter(m -> m.word.equals(word)).findFirst();
	}

	/** The metrics of a time simulation or of a plan, in table order. */
	public static List<SweepMetric> of(boolean timeSimulation) {
		return Arrays.stream(values()).filter(m -> m.measuredBy(timeSimulation)).toList();
	}

	/** This metric of a run's result. */
	public double of(ScenarioResult result) {
		if (!measuredBy(result.isTimeSimulation())) {
			return Double.NaN;
		}
		if (result.isTimeSimulation()) {
			TimeSimulationResult s = result.simulation();
			return switch (this) {
			case ENERGY -> s.energyJoules();
			case SLATAH -> s.slatah();
			case PDM -> s.pdm();
			case SLAV -> s.slav();
			case ESV -> s.esv() * 3.6e6;
			case MIGRATIONS -> s.migrations();
			case DOWNTIME -> s.downtimeSeconds();
			case MAX_DOWNTIME -> s.migrationRecords().stream().mapToDouble(TimeSimulationResult.MigrationRecord::downtimeSeconds)
					.max().orElse(0);
			case DATA -> s.bytesMoved();
			case NON_CONVERGING -> s.nonConverging();
			case UNPLACED -> s.unplaced().size();
			case SLA_BREACHES -> result.slaBreaches().size();
			default -> Double.NaN;
			};
		}
		var plan = result.plan();
		return switch (this) {
		case MAKESPAN -> plan.makespanSeconds();
		case MIGRATIONS -> plan.migrations().size();
		case DOWNTIME -> plan.totalDowntimeSeconds();
		case MAX_DOWNTIME -> plan.migrations().stream().mapToDouble(m -> m.estimate().downtimeSeconds()).max().orElse(0);
		case DATA -> plan.totalBytes();
		case NON_CONVERGING -> plan.migrations().stream().filter(m -> !m.estimate().converged()).count();
		case UNPLACED -> plan.unplaced().size();
		case SLA_BREACHES -> result.slaBreaches().size();
		default -> Double.NaN;
		};
	}

	/** Every metric of a result, indexed by ordinal. */
	public static double[] all(ScenarioResult result) {
		SweepMetric[] metrics = values();
		double[] values = new double[metrics.length];
		for (SweepMetric metric : metrics) {
			values[metric.ordinal()] = metric.of(result);
		}
		return values;
	}
}
