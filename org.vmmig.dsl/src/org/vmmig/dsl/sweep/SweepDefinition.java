package org.vmmig.dsl.sweep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.vmmig.engine.sweep.Distribution;
import org.vmmig.engine.sweep.SweepGrid;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.sweep.SweepObjective;

/**
 * What a model's {@code sweep} asks for, in plain values (no EMF), so that it can be shipped to other threads and
 * machines: the scenario, the knobs with their values, the uncertain inputs, samples and seed, and what to decide.
 *
 * @param samples Monte-Carlo samples per combination (1 without uncertain inputs)
 */
public record SweepDefinition(String name, String scenario, boolean timeSimulation, List<Knob> knobs,
		List<UncertainInput> uncertainties, int samples, long seed, SweepObjective objective, List<SweepMetric> pareto)
		implements Serializable {

	private static final long serialVersionUID = 1L;

	public SweepDefinition {
		knobs = List.copyOf(knobs);
		uncertainties = List.copyOf(uncertainties);
		pareto = List.copyOf(pareto);
	}

	/** A varied knob ("detector", "traces", "downtime-limit") and its values. */
	public record Knob(String name, List<Level> levels) implements Serializable {
		private static final long serialVersionUID = 1L;

		public Knob {
			levels = List.copyOf(levels);
		}
	}

	/** One value of a knob: how tables show it, and what it sets. */
	public record Level(String label, Setting setting) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** What one value of a knob changes in the model (or in the run's options, for a seed). */
	public sealed interface Setting extends Serializable {
	}

	/** The scenario runs under another policy of the model. */
	public record PolicyChoice(String policy) implements Setting {
	}

	/** The policy's {@code detector}; parameter null for the detector's default. */
	public record DetectorSetting(String kind, BigDecimal parameter) implements Setting {
	}

	/** An enumerated policy property: selection, placement or technique, with its keyword. */
	public record WordSetting(String property, String word) implements Setting {
	}

	/** A quantity-valued policy property: downtime-limit, bandwidth-cap, underload. */
	public record QuantitySetting(String property, BigDecimal value, String unit) implements Setting {
	}

	/** A count-valued policy property: max-per-host, max-per-link, max-per-cluster, max-rounds. */
	public record CountSetting(String property, int value) implements Setting {
	}

	/** The seed of the run (a time simulation's random selection), as {@code --seed} would set it. */
	public record SeedSetting(long seed) implements Setting {
	}

	/** A folder of traces, as written (relative to the model's file). */
	public record TraceFolder(String folder) implements Setting {
	}

	/** A VM property known only roughly; vms empty: every VM. Values in the property's SI base unit. */
	public record UncertainInput(String property, List<String> vms, Distribution distribution, String shown)
			implements Serializable {
		private static final long serialVersionUID = 1L;

		public UncertainInput {
			vms = List.copyOf(vms);
		}
	}

	public SweepGrid grid() {
		return new SweepGrid(knobs.stream().map(k -> k.levels().size()).toList(), samples);
	}
}
