package org.vmmig.dsl.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

/** The keyword a user types for a property, for messages: the model's dirtyRate is written dirty-rate. */
final class Keywords {

	private static final Map<String, String> IRREGULAR = Map.of("maximum", "max", "encryptionSpeed", "speed");

	private Keywords() {
	}

	static String of(EStructuralFeature property) {
		String name = property.getName();
		return IRREGULAR.getOrDefault(name, name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
	}
}
