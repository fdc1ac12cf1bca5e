package org.vmmig.dsl.validation;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.units.Dimension;

/** Which dimension each quantity-valued property of the language expects. */
public final class ExpectedDimensions {

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

	private ExpectedDimensions() {
	}

	public static Optional<Dimension> of(EStructuralFeature feature) {
		return Optional.ofNullable(BY_FEATURE.get(feature));
	}

	/** The dimension a property keyword (as typed: memory, dirty-rate, max) expects, if it takes a quantity. */
	public static Optional<Dimension> ofKeyword(String keyword) {
		return BY_FEATURE.entrySet().stream().filter(e -> Keywords.of(e.getKey()).equals(keyword))
				.map(Map.Entry::getValue).findFirst();
	}
}
