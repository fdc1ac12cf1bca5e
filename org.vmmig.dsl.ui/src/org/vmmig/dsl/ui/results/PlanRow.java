package org.vmmig.dsl.ui.results;

import org.eclipse.core.resources.IFile;
import org.vmmig.engine.plan.Migration;

/**
 * One planned migration of a scenario, and where the VM is declared: the workspace file (null when the
 * declaration is not in the workspace) and the range of its name; {@code slaBreaches} names the promises of the
 * VM's SLA this migration breaks ("max-downtime, deadline"), empty when none; {@code securityNotMet} names the
 * security requirements the model requires of this migration and it does not meet ("mutual-authentication,
 * non-repudiation"), empty when none.
 */
public record PlanRow(String scenario, Migration migration, IFile file, int offset, int length, String slaBreaches,
		String securityNotMet) {
}
