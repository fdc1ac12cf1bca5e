package org.vmmig.dsl.validation;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.vmig.CompressionSettings;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Technique;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/** Policy sanity: knobs that contradict each other or have no effect with the chosen technique. */
public class PolicyValidator extends ComposedValidator {

	@Check
	public void checkCounts(Policy policy) {
		// counts written as 0: CountValidator
		if (policy.eIsSet(Literals.POLICY__MAX_DATA_FACTOR) && policy.getMaxDataFactor().doubleValue() < 1) {
			error("'max-data-factor' must be at least 1: the first copy alone sends all memory.", policy,
					Literals.POLICY__MAX_DATA_FACTOR, VmigIssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkCompressionRatio(CompressionSettings compression) {
		if (compression.getRatio() != null && compression.getRatio().doubleValue() < 1) {
			error("A compression 'ratio' below 1 would make data larger; use at least 1.", compression,
					Literals.COMPRESSION_SETTINGS__RATIO, VmigIssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkDowntimeSteps(Policy policy) {
		if (policy.getDowntimeMax() == null) {
			if (policy.eIsSet(Literals.POLICY__DOWNTIME_STEPS) || policy.getDowntimeStepDelay() != null) {
				warning("Downtime steps have no effect without 'downtime-max', the limit they rise to.", policy,
						Literals.ELEMENT__NAME, VmigIssueCodes.INEFFECTIVE_SETTING);
			}
			return;
		}
		try {
			double max = Quantities.toBase(policy.getDowntimeMax(), 0);
			double limit = Quantities.toBase(policy.getDowntimeLimit(), 0.3);
			if (max < limit) {
				error("'downtime-max' must not be below 'downtime-limit': the limit only steps up.", policy,
						Literals.POLICY__DOWNTIME_MAX, VmigIssueCodes.OUT_OF_RANGE);
			}
		} catch (IllegalArgumentException badUnit) {
			// reported by QuantityValidator
		}
	}

	@Check
	public void checkTechniqueFit(Policy policy) {
		Technique technique = policy.getTechnique();
		if (technique == Technique.POST_COPY) {
			ineffective(policy, policy.isAutoConverge(), Literals.POLICY__AUTO_CONVERGE, "auto-converge",
					"post-copy switches after the first pass, before auto-converge could throttle");
			ineffective(policy, policy.eIsSet(Literals.POLICY__MAX_ROUNDS), Literals.POLICY__MAX_ROUNDS, "max-rounds",
					"post-copy switches after the first pass");
		}
		if (technique != Technique.HYBRID) {
			ineffective(policy, policy.eIsSet(Literals.POLICY__HYBRID_ROUNDS), Literals.POLICY__HYBRID_ROUNDS,
					"hybrid-rounds", "the technique is not hybrid");
		}
	}

	private void ineffective(Policy policy, boolean set, EStructuralFeature feature,
			String keyword, String why) {
		if (set) {
			warning("'" + keyword + "' has no effect here: " + why + ".", policy, feature,
					VmigIssueCodes.INEFFECTIVE_SETTING, keyword);
		}
	}
}
