package org.vmmig.dsl.mapping;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Unit;

/**
 * Reads a model's quantities through the engine's unit table, and knows which dimension each quantity-valued
 * property takes — the one table the validator checks units against and the mapping converts with.
 */
public final class Quantities {

	/** Which dimension each quantity-valued property of the language expects. */
	private static final Map<EStructuralFeature, Dimension> BY_FEATURE = Map.ofEntries(
			entry(Literals.HOST__MEMORY, Dimension.DATA_SIZE),
			entry(Literals.HOST__NIC, Dimension.DATA_RATE),
			entry(Literals.NETWORK__BANDWIDTH, Dimension.DATA_RATE),
			entry(Literals.NETWORK__LATENCY, Dimension.DURATION),
			entry(Literals.NETWORK__LOSS, Dimension.RATIO),
			entry(Literals.VM__MEMORY, Dimension.DATA_SIZE),
			entry(Literals.VM__DIRTY_RATE, Dimension.DATA_RATE),
			entry(Literals.VM__WORKING_SET, Dimension.DATA_SIZE),
			entry(Literals.VM__ZERO_PAGES, Dimension.RATIO),
			entry(Literals.VM__DEVICE_STATE, Dimension.DATA_SIZE),
			entry(Literals.VM__DISK, Dimension.DATA_SIZE),
			entry(Literals.VM__DISK_WRITE_RATE, Dimension.DATA_RATE),
			entry(Literals.VM__NIC, Dimension.DATA_RATE),
			entry(Literals.VM_TYPE__MEMORY, Dimension.DATA_SIZE),
			entry(Literals.VM_TYPE__NIC, Dimension.DATA_RATE),
			entry(Literals.VM_SET__DIRTY_RATE, Dimension.DATA_RATE),
			entry(Literals.POLICY__DOWNTIME_LIMIT, Dimension.DURATION),
			entry(Literals.POLICY__DOWNTIME_MAX, Dimension.DURATION),
			entry(Literals.POLICY__DOWNTIME_STEP_DELAY, Dimension.DURATION),
			entry(Literals.POLICY__COMPLETION_TIMEOUT, Dimension.DURATION),
			entry(Literals.POLICY__ENCRYPTION_SPEED, Dimension.DATA_RATE),
			entry(Literals.POLICY__BANDWIDTH_CAP, Dimension.DATA_RATE),
			entry(Literals.AUTO_CONVERGE_SETTINGS__INITIAL, Dimension.RATIO),
			entry(Literals.AUTO_CONVERGE_SETTINGS__INCREMENT, Dimension.RATIO),
			entry(Literals.AUTO_CONVERGE_SETTINGS__MAXIMUM, Dimension.RATIO),
			entry(Literals.COMPRESSION_SETTINGS__SPEED, Dimension.DATA_RATE),
			entry(Literals.XBZRLE_SETTINGS__CACHE, Dimension.DATA_SIZE),
			entry(Literals.XBZRLE_SETTINGS__DELTA, Dimension.RATIO),
			entry(Literals.STORAGE_POOL__CAPACITY, Dimension.DATA_SIZE),
			entry(Literals.STORAGE_POOL__BANDWIDTH, Dimension.DATA_RATE),
			entry(Literals.LINEAR_POWER__IDLE, Dimension.POWER),
			entry(Literals.LINEAR_POWER__PEAK, Dimension.POWER),
			entry(Literals.POWER_TABLE__POINTS, Dimension.POWER),
			entry(Literals.POLICY__UNDERLOAD, Dimension.RATIO),
			entry(Literals.SLA__MAX_DOWNTIME, Dimension.DURATION),
			entry(Literals.SLA__MAX_DEGRADATION, Dimension.RATIO),
			entry(Literals.SLA__DEADLINE, Dimension.DURATION),
			entry(Literals.EVACUATION__DEADLINE, Dimension.DURATION),
			entry(Literals.DIRTY_PHASE__RATE, Dimension.DATA_RATE),
			entry(Literals.DIRTY_PHASE__DURATION, Dimension.DURATION),
			entry(Literals.FAILURE__TIME, Dimension.DURATION),
			entry(Literals.SIMULATION__HORIZON, Dimension.DURATION),
			entry(Literals.SIMULATION__STEP, Dimension.DURATION),
			entry(Literals.ENVIRONMENT__EFFICIENCY, Dimension.RATIO),
			entry(Literals.ENVIRONMENT__ROUND_OVERHEAD, Dimension.DURATION),
			entry(Literals.ENVIRONMENT__SWITCHOVER, Dimension.DURATION));


	private Quantities() {
	}

	/** The engine unit a quantity names, or empty when its symbol is unknown. */
	public static Optional<Unit> unitOf(Quantity quantity) {
		return quantity.getUnit() == null ? Optional.empty() : Unit.bySymbol(quantity.getUnit());
	}

	/** The dimension a property takes, or empty when it takes no quantity. */
	public static Optional<Dimension> dimensionOf(EStructuralFeature property) {
		return Optional.ofNullable(BY_FEATURE.get(property));
	}

	/** Every property that takes a quantity. */
	public static Set<EStructuralFeature> quantityProperties() {
		return BY_FEATURE.keySet();
	}

	/**
	 * The quantity in the engine's base unit (bytes, bytes per second, seconds, fraction, watts) — in the
	 * dimension its property takes — or {@code fallback} when the quantity is absent. Call only on validated
	 * models: an unknown unit or one of another dimension throws {@link IllegalArgumentException}.
	 */
	public static double toBase(Quantity quantity, double fallback) {
		if (quantity == null || quantity.getValue() == null) {
			return fallback;
		}
		Dimension expected = dimensionOf(quantity.eContainingFeature()).orElseThrow(() -> new IllegalArgumentException(
				"'" + quantity.eContainingFeature().getName() + "' takes no quantity"));
		return toBase(quantity, expected, fallback);
	}

	/**
	 * As {@link #toBase(Quantity, double)}, in {@code expected}'s base unit: for the positions whose dimension is
	 * not their property's but the knob's they vary (a sweep's values and distributions, docs/sweeps.md).
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
