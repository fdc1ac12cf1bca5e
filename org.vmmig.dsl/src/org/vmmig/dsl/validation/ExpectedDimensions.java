package org.vmmig.dsl.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.engine.units.Dimension;

/** Which dimension each quantity-valued property of the language expects: the table of {@link Quantities}. */
public final class ExpectedDimensions {

	private ExpectedDimensions() {
	}

	public static Optional<Dimension> of(EStructuralFeature feature) {
		return Quantities.dimensionOf(feature);
	}

	/** The dimension a property keyword (as typed: memory, dirty-rate, max) expects, if it takes a quantity. */
	public static Optional<Dimension> ofKeyword(String keyword) {
		return Quantities.quantityProperties().stream().filter(feature -> Keywords.of(feature).equals(keyword))
				.map(Quantities::dimensionOf).flatMap(Optional::stream).findFirst();
	}
}
