package org.vmmig.dsl.validation;

import static java.util.Map.entry;

import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/** The keyword a user types for a property, for messages: the model's dirtyRate is written dirty-rate. */
final class Keywords {

	/** Properties whose keyword is not their name spelled with dashes (deadline of an evacuation is 'by'). */
	private static final Map<EStructuralFeature, String> IRREGULAR = Map.ofEntries(
			entry(Literals.AUTO_CONVERGE_SETTINGS__MAXIMUM, "max"),
			entry(Literals.POLICY__ENCRYPTION_SPEED, "speed"),
			entry(Literals.EVACUATION__DEADLINE, "by"),
			entry(Literals.FAILURE__TIME, "at"),
			entry(Literals.POWER_TABLE__POINTS, "specpower"),
			entry(Literals.DIRTY_PHASE__RATE, "dirty-profile"),
			entry(Literals.DIRTY_PHASE__DURATION, "for"));

	private Keywords() {
	}

	static String of(EStructuralFeature property) {
		String name = property.getName();
		return IRREGULAR.getOrDefault(property, name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
	}
}
