package org.vmmig.dsl.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.sweep.SweepMapper;
import org.vmmig.dsl.vmig.Constraint;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.SpreadDistribution;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.dsl.vmig.TriangularDistribution;
import org.vmmig.dsl.vmig.Uncertain;
import org.vmmig.dsl.vmig.UniformDistribution;
import org.vmmig.dsl.vmig.Vary;
import org.vmmig.dsl.vmig.VaryCount;
import org.vmmig.dsl.vmig.VaryQuantity;
import org.vmmig.dsl.vmig.CountKnob;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.sweep.SweepGrid;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Unit;

/**
 * Sweeps (docs/sweeps.md): how many runs one means (information on its name, an error beyond
 * {@link SweepGrid#MAX_RUNS}), knobs without values, distributions nothing can be drawn from, units of the wrong
 * dimension, and objectives naming metrics the scenario does not measure.
 */
public class SweepValidator extends ComposedValidator {

	@Check
	public void checkSize(Sweep sweep) {
		if (sweep.eIsSet(Literals.SWEEP__SAMPLES) && sweep.getSamples() < 1) {
			error("A sweep takes at least 1 sample per combination.", sweep, Literals.SWEEP__SAMPLES,
					VmigIssueCodes.OUT_OF_RANGE);
			return;
		}
		List<String> factors = new ArrayList<>();
		java.util.Set<String> varied = new java.util.HashSet<>();
		for (Vary vary : sweep.getKnobs()) {
			if (!varied.add(SweepMapper.knobName(vary))) {
				error("'" + SweepMapper.knobName(vary) + "' is varied twice: give all its values on one 'vary' line.", vary,
						null, VmigIssueCodes.KNOB_VARIED_TWICE);
				return;
			}
		}
		for (Vary vary : sweep.getKnobs()) {
			long size = SweepMapper.size(vary);
			if (size == 0) {
				return; // the knob's error says why
			}
			factors.add(size + " " + SweepMapper.knobName(vary) + (size == 1 ? " value" : " values"));
		}
		int samples = SweepMapper.samples(sweep);
		factors.add(samples + (samples == 1 ? " sample" : " samples"));
		long runs = SweepMapper.runs(sweep);
		String shown = runs == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(runs);
		if (runs > SweepGrid.MAX_RUNS) {
			error("This sweep is " + shown + " runs (" + String.join(" × ", factors) + "), more than the "
					+ SweepGrid.MAX_RUNS + " a sweep may have.", sweep, Literals.ELEMENT__NAME,
					VmigIssueCodes.SWEEP_TOO_LARGE);
		} else {
			info("This sweep is " + shown + (runs == 1 ? " run" : " runs") + " (" + String.join(" × ", factors) + ").",
					sweep, Literals.ELEMENT__NAME, VmigIssueCodes.SWEEP_SIZE);
		}
	}

	@Check
	public void checkValues(Vary vary) {
		if (SweepMapper.size(vary) > 0) {
			if (vary instanceof VaryQuantity v) {
				Dimension dimension = SweepMapper.dimension(v.getQuantityKnob());
				List<Quantity> quantities = v.getValues().isEmpty() ? Arrays.asList(v.getFrom(), v.getTo(), v.getStep())
						: v.getValues();
				quantities.forEach(q -> dimension(q, dimension, v.getQuantityKnob().getLiteral()));
			}
			if (vary instanceof VaryCount v && v.getCountKnob() != CountKnob.SEED
					&& (v.getCounts().isEmpty() ? v.getLow() < 1 : v.getCounts().stream().anyMatch(c -> c < 1))) {
				error("'" + v.getCountKnob().getLiteral() + "' is at least 1.", vary, null, VmigIssueCodes.OUT_OF_RANGE);
			}
			return;
		}
		error("'vary " + SweepMapper.knobName(vary) + "' has no value: the range is empty (it needs from <= to and a step above 0).",
				vary, null, VmigIssueCodes.EMPTY_SWEEP_VALUES);
	}

	@Check
	public void checkDistribution(Uncertain uncertain) {
		Dimension dimension = SweepMapper.dimension(uncertain.getProperty());
		String property = uncertain.getProperty().getLiteral();
		var distribution = uncertain.getDistribution();
		if (distribution instanceof SpreadDistribution s) {
			if (!dimension(s.getCentre(), dimension, property)) {
				return;
			}
			Optional<Unit> spreadUnit = Quantities.unitOf(s.getSpread());
			if (spreadUnit.isEmpty()) {
				return;
			}
			if (spreadUnit.get().dimension() != dimension && spreadUnit.get().dimension() != Dimension.RATIO) {
				error("The spread of '" + property + "' is a " + dimension.displayName() + " or a share (%), not a "
						+ spreadUnit.get().dimension().displayName() + ".", s.getSpread(), Literals.QUANTITY__UNIT,
						VmigIssueCodes.WRONG_DIMENSION);
				return;
			}
			if (s.getSpread().getValue().signum() < 0) {
				error("A spread cannot be negative.", s, Literals.SPREAD_DISTRIBUTION__SPREAD, VmigIssueCodes.BAD_DISTRIBUTION);
				return;
			}
			double centre = Quantities.toBase(s.getCentre(), dimension, 0);
			if (!s.isNormal() && SweepMapper.spread(s, centre) > centre) {
				error("'" + property + "' cannot be negative: the spread is larger than the centre.", s,
						Literals.SPREAD_DISTRIBUTION__SPREAD, VmigIssueCodes.BAD_DISTRIBUTION);
			}
			if (s.isNormal() && !(centre + 6 * SweepMapper.spread(s, centre) > 0)) {
				error("A normal '" + property + "' needs a mean above 0.", s, Literals.SPREAD_DISTRIBUTION__CENTRE,
						VmigIssueCodes.BAD_DISTRIBUTION);
			}
		} else if (distribution instanceof UniformDistribution u) {
			if (dimension(u.getMin(), dimension, property) && dimension(u.getMax(), dimension, property)) {
				ordered(u, property, Quantities.toBase(u.getMin(), dimension, 0), Quantities.toBase(u.getMax(), dimension, 0),
						Literals.UNIFORM_DISTRIBUTION__MIN, Literals.UNIFORM_DISTRIBUTION__MAX, "max");
			}
		} else if (distribution instanceof TriangularDistribution t) {
			if (dimension(t.getMin(), dimension, property) && dimension(t.getMode(), dimension, property)
					&& dimension(t.getMax(), dimension, property)) {
				double min = Quantities.toBase(t.getMin(), dimension, 0);
				double mode = Quantities.toBase(t.getMode(), dimension, 0);
				double max = Quantities.toBase(t.getMax(), dimension, 0);
				if (ordered(t, property, min, mode, Literals.TRIANGULAR_DISTRIBUTION__MIN,
						Literals.TRIANGULAR_DISTRIBUTION__MODE, "mode")
						&& ordered(t, property, mode, max, Literals.TRIANGULAR_DISTRIBUTION__MIN,
								Literals.TRIANGULAR_DISTRIBUTION__MAX, "max")
						&& min == max) {
					error("A triangular distribution needs min below max.", t, Literals.TRIANGULAR_DISTRIBUTION__MAX,
							VmigIssueCodes.BAD_DISTRIBUTION);
				}
			}
		}
	}

	private boolean ordered(EObject distribution, String property, double low, double high, EStructuralFeature lowFeature,
			EStructuralFeature highFeature, String highName) {
		if (low < 0) {
			error("'" + property + "' cannot be negative.", distribution, lowFeature, VmigIssueCodes.BAD_DISTRIBUTION);
			return false;
		}
		if (low > high) {
			error("The minimum is above the " + highName + ".", distribution, highFeature, VmigIssueCodes.BAD_DISTRIBUTION);
			return false;
		}
		return true;
	}

	/** Whether the quantity has the dimension (else an error on it); an unknown unit is QuantityValidator's. */
	private boolean dimension(Quantity quantity, Dimension expected, String property) {
		Optional<Unit> unit = Quantities.unitOf(quantity);
		if (unit.isEmpty()) {
			return false;
		}
		if (unit.get().dimension() != expected) {
			error("'" + property + "' expects a " + expected.displayName() + ", but '" + quantity.getUnit() + "' is a "
					+ unit.get().dimension().displayName() + ".", quantity, Literals.QUANTITY__UNIT,
					VmigIssueCodes.WRONG_DIMENSION, quantity.getUnit());
			return false;
		}
		return true;
	}

	@Check
	public void checkMetrics(Sweep sweep) {
		if (sweep.getScenario() == null || sweep.getScenario().eIsProxy()) {
			return;
		}
		boolean simulation = SweepMapper.timeSimulation(sweep);
		if (sweep.getBest() != null) {
			metric(sweep.getBest().getMetric(), simulation, sweep.getBest(), Literals.BEST__METRIC);
			for (Constraint constraint : sweep.getBest().getConstraints()) {
				metric(constraint.getMetric(), simulation, constraint, Literals.CONSTRAINT__METRIC)
						.ifPresent(metric -> constraintUnit(constraint, metric));
			}
		}
		if (sweep.getPareto() != null) {
			metric(sweep.getPareto().getX(), simulation, sweep.getPareto(), Literals.PARETO__X);
			metric(sweep.getPareto().getY(), simulation, sweep.getPareto(), Literals.PARETO__Y);
		}
	}

	private Optional<SweepMetric> metric(String word, boolean simulation, EObject where, EStructuralFeature feature) {
		Optional<SweepMetric> metric = SweepMetric.byWord(word);
		List<String> known = SweepMetric.of(simulation).stream().map(SweepMetric::word).toList();
		String kind = simulation ? "a time simulation" : "a plan";
		if (metric.isEmpty()) {
			error("Unknown metric '" + word + "'; " + kind + " measures " + String.join(", ", known) + ".", where, feature,
					VmigIssueCodes.UNKNOWN_METRIC, word);
			return Optional.empty();
		}
		if (!metric.get().measuredBy(simulation)) {
			error("'" + word + "' is not measured by " + kind + "; it measures " + String.join(", ", known) + ".", where,
					feature, VmigIssueCodes.UNKNOWN_METRIC, word);
			return Optional.empty();
		}
		return metric;
	}

	private void constraintUnit(Constraint constraint, SweepMetric metric) {
		Optional<Dimension> expected = metric.dimension();
		if (constraint.getUnit() == null) {
			if (expected.isPresent() && expected.get() != Dimension.RATIO) {
				error("'" + metric.word() + "' is a " + expected.get().displayName() + ": give a unit ("
						+ String.join(", ", Unit.symbolsOf(expected.get())) + ").", constraint, Literals.CONSTRAINT__VALUE,
						VmigIssueCodes.WRONG_DIMENSION);
			}
			return;
		}
		Optional<Unit> unit = Unit.bySymbol(constraint.getUnit());
		if (unit.isEmpty()) {
			error("Unknown unit '" + constraint.getUnit() + "'.", constraint, Literals.CONSTRAINT__UNIT,
					VmigIssueCodes.UNKNOWN_UNIT, constraint.getUnit());
		} else if (expected.map(d -> d != unit.get().dimension()).orElse(true)) {
			error("'" + metric.word() + "' is " + expected.map(d -> "a " + d.displayName()).orElse("a plain number")
					+ ", but '" + constraint.getUnit() + "' is a " + unit.get().dimension().displayName() + ".", constraint,
					Literals.CONSTRAINT__UNIT, VmigIssueCodes.WRONG_DIMENSION, constraint.getUnit());
		}
	}
}
