package org.vmmig.dsl.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.sweep.SweepDefinition.CountSetting;
import org.vmmig.dsl.sweep.SweepDefinition.DetectorSetting;
import org.vmmig.dsl.sweep.SweepDefinition.Knob;
import org.vmmig.dsl.sweep.SweepDefinition.Level;
import org.vmmig.dsl.sweep.SweepDefinition.PolicyChoice;
import org.vmmig.dsl.sweep.SweepDefinition.QuantitySetting;
import org.vmmig.dsl.sweep.SweepDefinition.SeedSetting;
import org.vmmig.dsl.sweep.SweepDefinition.TraceFolder;
import org.vmmig.dsl.sweep.SweepDefinition.UncertainInput;
import org.vmmig.dsl.sweep.SweepDefinition.WordSetting;
import org.vmmig.dsl.vmig.Best;
import org.vmmig.dsl.vmig.Constraint;
import org.vmmig.dsl.vmig.CountKnob;
import org.vmmig.dsl.vmig.DetectorChoice;
import org.vmmig.dsl.vmig.Distribution;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.QuantityKnob;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.dsl.vmig.SpreadDistribution;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.dsl.vmig.TriangularDistribution;
import org.vmmig.dsl.vmig.Uncertain;
import org.vmmig.dsl.vmig.UncertainProperty;
import org.vmmig.dsl.vmig.UniformDistribution;
import org.vmmig.dsl.vmig.Vary;
import org.vmmig.dsl.vmig.VaryCount;
import org.vmmig.dsl.vmig.VaryDetector;
import org.vmmig.dsl.vmig.VaryPlacement;
import org.vmmig.dsl.vmig.VaryPolicy;
import org.vmmig.dsl.vmig.VaryQuantity;
import org.vmmig.dsl.vmig.VarySelection;
import org.vmmig.dsl.vmig.VaryTechnique;
import org.vmmig.dsl.vmig.VaryTraces;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.engine.sweep.SweepGrid;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.sweep.SweepObjective;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Unit;

/**
 * Maps a model's {@code sweep} onto plain values ({@link SweepDefinition}): the knobs' values (ranges expanded),
 * the uncertain inputs as distributions in SI base units, samples, seed, the objective and the Pareto metrics.
 * The validator counts runs with the same functions, so it and the sweep agree on the size.
 */
public final class SweepMapper {

	/** Monte-Carlo samples per combination when a sweep has uncertain inputs and does not say. */
	public static final int DEFAULT_SAMPLES = 100;
	/** Values a range may expand to before the sweep is refused by its size anyway. */
	private static final MathContext SHOWN = new MathContext(12);

	private SweepMapper() {
	}

	/** Whether the sweep's scenario is a time simulation. */
	public static boolean timeSimulation(Sweep sweep) {
		Scenario scenario = sweep.getScenario();
		return scenario != null && !scenario.eIsProxy() && scenario.getAction() instanceof Simulation;
	}

	/** The Monte-Carlo samples per combination. */
	public static int samples(Sweep sweep) {
		if (sweep.eIsSet(org.vmmig.dsl.vmig.VmigPackage.Literals.SWEEP__SAMPLES)) {
			return sweep.getSamples();
		}
		return sweep.getUncertainties().isEmpty() ? 1 : DEFAULT_SAMPLES;
	}

	/** How many values a knob takes (a range counted, not expanded); 0 for an empty range. */
	public static long size(Vary vary) {
		if (vary instanceof VaryPolicy v) {
			return v.getPolicies().size();
		}
		if (vary instanceof VaryDetector v) {
			return v.getChoices().stream().mapToLong(SweepMapper::size).sum();
		}
		if (vary instanceof VarySelection v) {
			return v.getSelections().size();
		}
		if (vary instanceof VaryPlacement v) {
			return v.getPlacements().size();
		}
		if (vary instanceof VaryTechnique v) {
			return v.getTechniques().size();
		}
		if (vary instanceof VaryTraces v) {
			return v.getFolders().size();
		}
		if (vary instanceof VaryCount v) {
			return v.getCounts().isEmpty() ? Math.max(0, (long) v.getHigh() - v.getLow() + 1) : v.getCounts().size();
		}
		if (vary instanceof VaryQuantity v) {
			if (!v.getValues().isEmpty()) {
				return v.getValues().size();
			}
			Optional<Unit> from = Quantities.unitOf(v.getFrom()), to = Quantities.unitOf(v.getTo()),
					step = Quantities.unitOf(v.getStep());
			if (from.isEmpty() || to.isEmpty() || step.isEmpty()) {
				return 1; // an unknown unit, which the validator reports where it is
			}
			return steps(base(v.getFrom(), from.get()), base(v.getTo(), to.get()), base(v.getStep(), step.get()));
		}
		return 1;
	}

	/** How many values a detector choice takes: one, or its range's. */
	public static long size(DetectorChoice choice) {
		if (choice.getStep() == null) {
			return 1;
		}
		return steps(choice.getFrom().doubleValue(), choice.getTo().doubleValue(), choice.getStep().doubleValue());
	}

	/** Values from, from + step, … up to to (inclusive, with a little slack for decimal steps); 0 when none. */
	static long steps(double from, double to, double step) {
		if (!(step > 0) || !(to >= from) || !Double.isFinite(from) || !Double.isFinite(to)) {
			return 0;
		}
		double count = Math.floor((to - from) / step + 1e-9) + 1;
		return count > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) count;
	}

	/** The number of runs the sweep means: every combination of its knobs' values, times its samples. */
	public static long runs(Sweep sweep) {
		long runs = Math.max(samples(sweep), 0);
		for (Vary vary : sweep.getKnobs()) {
			runs = multiply(runs, size(vary));
		}
		return runs;
	}

	private static long multiply(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		} catch (ArithmeticException e) {
			return Long.MAX_VALUE;
		}
	}

	/** The knob's keyword, as tables name it: "detector", "downtime-limit", "traces". */
	public static String knobName(Vary vary) {
		if (vary instanceof VaryPolicy) {
			return "policy";
		}
		if (vary instanceof VaryDetector) {
			return "detector";
		}
		if (vary instanceof VarySelection) {
			return "selection";
		}
		if (vary instanceof VaryPlacement) {
			return "placement";
		}
		if (vary instanceof VaryTechnique) {
			return "technique";
		}
		if (vary instanceof VaryTraces) {
			return "traces";
		}
		if (vary instanceof VaryCount v) {
			return v.getCountKnob().getLiteral();
		}
		return ((VaryQuantity) vary).getQuantityKnob().getLiteral();
	}

	/** The dimension a quantity knob's values have. */
	public static Dimension dimension(QuantityKnob knob) {
		return switch (knob) {
		case DOWNTIME_LIMIT -> Dimension.DURATION;
		case BANDWIDTH_CAP -> Dimension.DATA_RATE;
		case UNDERLOAD -> Dimension.RATIO;
		};
	}

	/** The dimension of an uncertain VM property. */
	public static Dimension dimension(UncertainProperty property) {
		return property == UncertainProperty.WORKING_SET ? Dimension.DATA_SIZE : Dimension.DATA_RATE;
	}

	/** Call on a validated sweep of at most {@link SweepGrid#MAX_RUNS} runs. */
	public static SweepDefinition definition(Sweep sweep) {
		List<Knob> knobs = new ArrayList<>();
		for (Vary vary : sweep.getKnobs()) {
			knobs.add(new Knob(knobName(vary), levels(vary)));
		}
		List<UncertainInput> uncertain = new ArrayList<>();
		for (Uncertain u : sweep.getUncertainties()) {
			uncertain.add(new UncertainInput(u.getProperty().getLiteral(), u.getVms().stream().map(Vm::getName).toList(),
					distribution(u), text(u)));
		}
		boolean simulation = timeSimulation(sweep);
		return new SweepDefinition(sweep.getName(), sweep.getScenario().getName(), simulation, knobs, uncertain,
				samples(sweep), sweep.getSeed(), objective(sweep.getBest()), pareto(sweep, simulation));
	}

	private static List<Level> levels(Vary vary) {
		List<Level> levels = new ArrayList<>();
		if (vary instanceof VaryPolicy v) {
			v.getPolicies().forEach(p -> levels.add(new Level(p.getName(), new PolicyChoice(p.getName()))));
		} else if (vary instanceof VaryDetector v) {
			for (DetectorChoice choice : v.getChoices()) {
				String kind = choice.getKind().getLiteral();
				if (choice.getStep() != null) {
					long n = size(choice);
					for (long k = 0; k < n; k++) {
						BigDecimal value = decimal(choice.getFrom().doubleValue() + k * choice.getStep().doubleValue());
						levels.add(new Level(kind + " " + value.toPlainString(), new DetectorSetting(kind, value)));
					}
				} else {
					BigDecimal p = choice.getParameter();
					levels.add(new Level(p == null ? kind : kind + " " + p.toPlainString(), new DetectorSetting(kind, p)));
				}
			}
		} else if (vary instanceof VarySelection v) {
			v.getSelections().forEach(s -> levels.add(new Level(s.getLiteral(), new WordSetting("selection", s.getLiteral()))));
		} else if (vary instanceof VaryPlacement v) {
			v.getPlacements().forEach(s -> levels.add(new Level(s.getLiteral(), new WordSetting("placement", s.getLiteral()))));
		} else if (vary instanceof VaryTechnique v) {
			v.getTechniques().forEach(s -> levels.add(new Level(s.getLiteral(), new WordSetting("technique", s.getLiteral()))));
		} else if (vary instanceof VaryTraces v) {
			v.getFolders().forEach(f -> levels.add(new Level(lastSegment(f), new TraceFolder(f))));
		} else if (vary instanceof VaryCount v) {
			String knob = v.getCountKnob().getLiteral();
			List<Integer> values = new ArrayList<>(v.getCounts());
			if (values.isEmpty()) {
				for (long i = v.getLow(); i <= v.getHigh(); i++) {
					values.add((int) i);
				}
			}
			for (int value : values) {
				levels.add(new Level(Integer.toString(value),
						v.getCountKnob() == CountKnob.SEED ? new SeedSetting(value) : new CountSetting(knob, value)));
			}
		} else if (vary instanceof VaryQuantity v) {
			String knob = v.getQuantityKnob().getLiteral();
			if (!v.getValues().isEmpty()) {
				for (Quantity q : v.getValues()) {
					levels.add(new Level(q.getValue().toPlainString() + " " + q.getUnit(),
							new QuantitySetting(knob, q.getValue(), q.getUnit())));
				}
			} else {
				Unit unit = Quantities.unitOf(v.getFrom()).orElseThrow();
				double step = base(v.getStep(), Quantities.unitOf(v.getStep()).orElseThrow()) / unit.toBase();
				long n = size(v);
				for (long k = 0; k < n; k++) {
					BigDecimal value = decimal(v.getFrom().getValue().doubleValue() + k * step);
					levels.add(new Level(value.toPlainString() + " " + v.getFrom().getUnit(),
							new QuantitySetting(knob, value, v.getFrom().getUnit())));
				}
			}
		}
		return levels;
	}

	/** The distribution an uncertain input draws from, in the property's SI base unit. */
	public static org.vmmig.engine.sweep.Distribution distribution(Uncertain uncertain) {
		Dimension dimension = dimension(uncertain.getProperty());
		Distribution d = uncertain.getDistribution();
		if (d instanceof SpreadDistribution s) {
			double centre = Quantities.toBase(s.getCentre(), dimension, 0);
			double spread = spread(s, centre);
			return s.isNormal() ? new org.vmmig.engine.sweep.Distribution.Normal(centre, spread, 0)
					: new org.vmmig.engine.sweep.Distribution.Uniform(centre - spread, centre + spread);
		}
		if (d instanceof UniformDistribution u) {
			return new org.vmmig.engine.sweep.Distribution.Uniform(Quantities.toBase(u.getMin(), dimension, 0),
					Quantities.toBase(u.getMax(), dimension, 0));
		}
		TriangularDistribution t = (TriangularDistribution) d;
		return new org.vmmig.engine.sweep.Distribution.Triangular(Quantities.toBase(t.getMin(), dimension, 0),
				Quantities.toBase(t.getMode(), dimension, 0), Quantities.toBase(t.getMax(), dimension, 0));
	}

	/** A spread in the centre's unit: absolute, or a share of the centre (± 30 %). */
	public static double spread(SpreadDistribution s, double centre) {
		Unit unit = Quantities.unitOf(s.getSpread()).orElseThrow();
		double value = s.getSpread().getValue().doubleValue() * unit.toBase();
		return unit.dimension() == Dimension.RATIO ? value * centre : value;
	}

	private static SweepObjective objective(Best best) {
		if (best == null) {
			return null;
		}
		List<SweepObjective.Constraint> constraints = new ArrayList<>();
		for (Constraint c : best.getConstraints()) {
			SweepMetric metric = SweepMetric.byWord(c.getMetric()).orElseThrow();
			double value = c.getValue().doubleValue();
			if (c.getUnit() != null) {
				value *= Unit.bySymbol(c.getUnit()).orElseThrow().toBase();
			}
			constraints.add(new SweepObjective.Constraint(metric, SweepObjective.Comparison.valueOf(c.getComparison().getName()),
					value, c.getMetric() + " " + c.getComparison().getLiteral() + " " + c.getValue().toPlainString()
							+ (c.getUnit() == null ? "" : " " + c.getUnit())));
		}
		return new SweepObjective(SweepMetric.byWord(best.getMetric()).orElseThrow(), best.isMinimize(), constraints);
	}

	private static List<SweepMetric> pareto(Sweep sweep, boolean simulation) {
		if (sweep.getPareto() != null) {
			return List.of(SweepMetric.byWord(sweep.getPareto().getX()).orElseThrow(),
					SweepMetric.byWord(sweep.getPareto().getY()).orElseThrow());
		}
		return simulation ? List.of(SweepMetric.ENERGY, SweepMetric.SLAV)
				: List.of(SweepMetric.MAKESPAN, SweepMetric.DOWNTIME);
	}

	private static String text(Uncertain u) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(u);
		return node == null ? u.getProperty().getLiteral() : org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(node);
	}

	private static double base(Quantity quantity, Unit unit) {
		return quantity.getValue().doubleValue() * unit.toBase();
	}

	private static BigDecimal decimal(double value) {
		return new BigDecimal(value, SHOWN).stripTrailingZeros();
	}

	private static String lastSegment(String folder) {
		String trimmed = folder.replaceAll("[/\\\\]+$", "");
		int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
		return slash < 0 ? trimmed : trimmed.substring(slash + 1);
	}

	/** Whether a scenario runs over the VMs' traces (so a traces knob changes it). */
	static boolean readsTraces(Scenario scenario) {
		return !ScenarioRunner.plansWithoutTraces(scenario);
	}
}
