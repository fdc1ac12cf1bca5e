package org.vmmig.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's validation, one validator per topic (see each class). Issue codes: {@link VmigIssueCodes}.
 */
@ComposedChecks(validators = { ImportValidator.class, NameValidator.class, QuantityValidator.class,
		CompletenessValidator.class, PlaceholderValidator.class, PolicyValidator.class, CountValidator.class, SecurityValidator.class, EnvironmentValidator.class, SweepValidator.class,
		WorkloadValidator.class, InstancesValidator.class, CapacityValidator.class, PredictionValidator.class })
public class VmigValidator extends AbstractVmigValidator {
}
