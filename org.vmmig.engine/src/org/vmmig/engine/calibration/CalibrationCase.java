package org.vmmig.engine.calibration;

import java.util.Objects;

import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * One measured migration with what the model needs to predict it: the guest as the user described it (its
 * working set and dirty rate, which a hypervisor's final reply does not give) and the policy it ran under.
 */
public record CalibrationCase(MeasuredMigration measured, VmProfile guest, MigrationPolicy policy) {

	public CalibrationCase {
		Objects.requireNonNull(measured, "measured");
		Objects.requireNonNull(guest, "guest");
		Objects.requireNonNull(policy, "policy");
	}
}
