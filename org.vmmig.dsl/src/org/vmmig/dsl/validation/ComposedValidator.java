package org.vmmig.dsl.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the topic validators composed into {@link VmigValidator}: they run as part of it and must not
 * register themselves a second time.
 */
public abstract class ComposedValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into VmigValidator, not registered on its own
	}
}
