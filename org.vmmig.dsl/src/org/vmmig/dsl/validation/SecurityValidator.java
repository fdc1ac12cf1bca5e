package org.vmmig.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.dsl.vmig.Zone;
import org.vmmig.dsl.vmig.ZoneTransition;

/**
 * Security consistency: a VM never runs in a zone trusted less than its security level (the "low-security
 * VM as a gate to others" threat), and a policy's zone transitions name two different zones.
 */
public class SecurityValidator extends ComposedValidator {

	@Check
	public void checkVmWithinItsZonesTrust(Vm vm) {
		Host host = vm.getHost();
		if (host == null || host.eIsProxy() || vm.getSecurityLevel() == 0) {
			return;
		}
		Zone zone = host.getZone();
		int trust = zone == null || zone.eIsProxy() ? 0 : zone.getTrust();
		if (vm.getSecurityLevel() > trust) {
			error("vm " + vm.getName() + " has security level " + vm.getSecurityLevel() + " but runs on " + host.getName()
					+ (zone == null ? ", which is in no zone (trust 0)." : ", in zone " + zone.getName() + " of trust " + trust + "."),
					vm, Literals.VM__SECURITY_LEVEL, VmigIssueCodes.ABOVE_ZONE_TRUST);
		}
	}

	@Check
	public void checkTransitionChangesZone(ZoneTransition transition) {
		if (transition.getFrom() != null && transition.getFrom() == transition.getTo()) {
			warning("Moves within zone " + transition.getFrom().getName() + " are always allowed; this rule has no effect.",
					transition, Literals.ZONE_TRANSITION__TO, VmigIssueCodes.INEFFECTIVE_SETTING);
		}
	}
}
