package org.vmmig.dsl.validation;

import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Unit;

/** Units: known symbols, the dimension the property expects. */
public class QuantityValidator extends ComposedValidator {

	/** Properties for which zero is meaningless: a host without memory, a link without bandwidth. */
	private static final Set<EStructuralFeature> POSITIVE = Set.of(Literals.HOST__MEMORY, Literals.HOST__NIC,
			Literals.NETWORK__BANDWIDTH, Literals.VM__MEMORY, Literals.POLICY__DOWNTIME_LIMIT,
			Literals.POLICY__BANDWIDTH_CAP, Literals.POLICY__ENCRYPTION_SPEED, Literals.COMPRESSION_SETTINGS__SPEED,
			Literals.POLICY__DOWNTIME_STEP_DELAY, Literals.SIMULATION__STEP, Literals.SIMULATION__HORIZON,
			Literals.ENVIRONMENT__EFFICIENCY, Literals.STORAGE_POOL__CAPACITY, Literals.STORAGE_POOL__BANDWIDTH);

	/** Ratios that are not shares: an environment may give migrations more than the nominal bandwidth (EnvironmentValidator). */
	private static final Set<EStructuralFeature> NOT_A_SHARE = Set.of(Literals.ENVIRONMENT__EFFICIENCY);

	/**
	 * The largest quantity in base units (bytes, bytes/s, seconds, watts) the engine computes with: an exabyte, or
	 * 31 billion years. Beyond it products and sums (energy over a horizon, data over rounds) could leave the range
	 * of a double and come out as Infinity in a report.
	 */
	static final double LARGEST = 1e18;

	@Check
	public void checkUnit(Quantity quantity) {
		EStructuralFeature property = quantity.eContainingFeature();
		Optional<Dimension> expected = ExpectedDimensions.of(property);
		Optional<Unit> unit = Quantities.unitOf(quantity);
		if (unit.isEmpty()) {
			String hint = expected.map(d -> " Expected a " + d.displayName() + " unit: "
					+ String.join(", ", Unit.symbolsOf(d)) + ".").orElse("");
			error("Unknown unit '" + quantity.getUnit() + "'." + hint, quantity, Literals.QUANTITY__UNIT,
					VmigIssueCodes.UNKNOWN_UNIT, quantity.getUnit());
			return;
		}
		if (expected.isPresent() && unit.get().dimension() != expected.get()) {
			error("'" + Keywords.of(property) + "' expects a " + expected.get().displayName() + ", but '"
					+ quantity.getUnit() + "' is a " + unit.get().dimension().displayName() + ".", quantity,
					Literals.QUANTITY__UNIT, VmigIssueCodes.WRONG_DIMENSION, quantity.getUnit());
			return;
		}
		double base = quantity.getValue().doubleValue() * unit.get().toBase();
		if (!Double.isFinite(base) || Math.abs(base) > LARGEST) { // 400 digits of memory: nothing can compute with it
			error("'" + Keywords.of(property) + "' is too large to compute with.", quantity, Literals.QUANTITY__VALUE,
					VmigIssueCodes.OUT_OF_RANGE);
			return;
		}
		if (POSITIVE.contains(property) && (quantity.getValue().signum() <= 0 || base == 0)) {
			// base == 0: a value so small (0.000…1 with 400 zeros) it is zero to the engine
			error("'" + Keywords.of(property) + "' must be greater than zero.", quantity, Literals.QUANTITY__VALUE,
					VmigIssueCodes.OUT_OF_RANGE);
		}
		if (unit.get().dimension() == Dimension.RATIO && !NOT_A_SHARE.contains(property) && quantity.getValue().doubleValue() * unit.get().toBase() > 1) {
			error("'" + Keywords.of(property) + "' is a share and cannot exceed 100 %.", quantity, Literals.QUANTITY__VALUE,
					VmigIssueCodes.OUT_OF_RANGE);
		}
	}
}
