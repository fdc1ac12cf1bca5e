package org.vmmig.dsl.validation;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.vmig.Environment;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.units.Dimension;

/**
 * A calibrated environment's figures must be ones a measurement can give: units and the dangling reference
 * of a policy are checked where every quantity and reference is (QuantityValidator, Xtext's linking).
 */
public class EnvironmentValidator extends ComposedValidator {

	/**
	 * Above twice the nominal bandwidth the nominal figure is wrong, not the environment (vmmig calibrate
	 * searches 5 %–150 %).
	 */
	static final double MAX_EFFICIENCY = 2.0;
	/** A fixed cost of a round or of the pause above a minute is not a fixed cost (calibrate fits 0–1 s). */
	static final double MAX_FIXED_COST_SECONDS = 60;

	@Check
	public void checkEnvironment(Environment environment) {
		within(environment.getEfficiency(), MAX_EFFICIENCY, "200 %", Literals.ENVIRONMENT__EFFICIENCY);
		within(environment.getRoundOverhead(), MAX_FIXED_COST_SECONDS, "60 s", Literals.ENVIRONMENT__ROUND_OVERHEAD);
		within(environment.getSwitchover(), MAX_FIXED_COST_SECONDS, "60 s", Literals.ENVIRONMENT__SWITCHOVER);
	}

	private void within(Quantity quantity, double max, String shown, EStructuralFeature property) {
		Dimension dimension = Quantities.dimensionOf(property).orElseThrow();
		if (quantity == null || Quantities.unitOf(quantity).map(u -> u.dimension() != dimension).orElse(true)) {
			return; // absent, or a unit QuantityValidator already reports
		}
		double value = Quantities.toBase(quantity, 0);
		if (Double.isFinite(value) && value > max) {
			error("'" + Keywords.of(property) + "' of an environment is at most " + shown + ".", quantity,
					Literals.QUANTITY__VALUE, VmigIssueCodes.OUT_OF_RANGE);
		}
	}
}
