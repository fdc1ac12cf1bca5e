package org.vmmig.dsl.mapping;

import java.util.Optional;

import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Unit;

/** Reads a model's quantities through the engine's unit table. */
public final class Quantities {

	private Quantities() {
	}

	/** The engine unit a quantity names, or empty when its symbol is unknown. */
	public static Optional<Unit> unitOf(Quantity quantity) {
		return quantity.getUnit() == null ? Optional.empty() : Unit.bySymbol(quantity.getUnit());
	}

	/**
	 * The quantity in the engine's base unit (bytes, bytes per second, seconds, fraction), or
	 * {@code fallback} when the quantity is absent. Call only on validated models: an unknown unit or one of
	 * another dimension throws {@link IllegalArgumentException}.
	 */
	public static double toBase(Quantity quantity, Dimension expected, double fallback) {
		if (quantity == null || quantity.getValue() == null) {
			return fallback;
		}
		Unit unit = unitOf(quantity)
				.orElseThrow(() -> new IllegalArgumentException("unknown unit '" + quantity.getUnit() + "'"));
		if (unit.dimension() != expected) {
			throw new IllegalArgumentException("'" + quantity.getUnit() + "' is a " + unit.dimension().displayName()
					+ ", not a " + expected.displayName());
		}
		return quantity.getValue().doubleValue() * unit.toBase();
	}
}
