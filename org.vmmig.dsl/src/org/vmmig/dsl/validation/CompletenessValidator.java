package org.vmmig.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Network;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/** Properties the engine cannot do without, and values outside their meaningful range. */
public class CompletenessValidator extends ComposedValidator {

	@Check
	public void checkHost(Host host) {
		if (host.getName() == null) {
			return; // a declaration without a name is a syntax error, reported as such
		}
		require(host, "host", Literals.HOST__MEMORY, Literals.ELEMENT__NAME);
		require(host, "host", Literals.HOST__NIC, Literals.ELEMENT__NAME);
	}

	@Check
	public void checkVm(Vm vm) {
		if (vm.getName() == null) {
			return;
		}
		require(vm, "vm", Literals.VM__MEMORY, Literals.ELEMENT__NAME);
		if (!vm.eIsSet(Literals.VM__HOST)) {
			error("vm " + vm.getName() + " needs 'on <host>': the host it runs on now.", vm, Literals.ELEMENT__NAME,
					VmigIssueCodes.MISSING_PROPERTY, "on");
		}
	}

	@Check
	public void checkNetwork(Network network) {
		if (network.getName() == null) {
			return;
		}
		require(network, "network", Literals.NETWORK__BANDWIDTH, Literals.ELEMENT__NAME);
	}


	private void require(EObject owner, String kind, EStructuralFeature property, EStructuralFeature nameFeature) {
		if (!owner.eIsSet(property)) {
			error(kind + " " + owner.eGet(nameFeature) + " needs '" + Keywords.of(property) + "'.", owner, nameFeature,
					VmigIssueCodes.MISSING_PROPERTY, Keywords.of(property));
		}
	}
}
