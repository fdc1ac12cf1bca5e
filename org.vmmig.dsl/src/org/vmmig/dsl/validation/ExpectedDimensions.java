package org.vmmig.dsl.validation;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.units.Dimension;

/** Which dimension each quantity-valued property of the language expects. */
final class ExpectedDimensions {

	private static final Map<EStructuralFeature, Dimension> BY_FEATURE = Map.of(
			Literals.HOST__MEMORY, Dimension.DATA_SIZE,
			Literals.HOST__NIC, Dimension.DATA_RATE,
			Literals.NETWORK__BANDWIDTH, Dimension.DATA_RATE,
			Literals.NETWORK__LATENCY, Dimension.DURATION,
			Literals.VM__MEMORY, Dimension.DATA_SIZE,
			Literals.VM__DIRTY_RATE, Dimension.DATA_RATE,
			Literals.POLICY__DOWNTIME_LIMIT, Dimension.DURATION,
			Literals.POLICY__BANDWIDTH_CAP, Dimension.DATA_RATE);

	private ExpectedDimensions() {
	}

	static Optional<Dimension> of(EStructuralFeature feature) {
		return Optional.ofNullable(BY_FEATURE.get(feature));
	}
}
