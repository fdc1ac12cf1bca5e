package org.vmmig.dsl.validation;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.units.Formats;
import org.vmmig.engine.units.Dimension;

/** Memory feasibility: a VM must fit some host, and no host may hold more VM memory than it has. */
public class CapacityValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into VmigValidator, not registered on its own
	}

	@Check
	public void checkVmFitsSomeHost(Vm vm) {
		double needed = memory(vm);
		List<Host> hosts = EcoreUtil2.getAllContentsOfType(EcoreUtil2.getContainerOfType(vm, Model.class), Host.class);
		double largest = hosts.stream().mapToDouble(CapacityValidator::memory).max().orElse(0);
		if (needed > 0 && largest > 0 && needed > largest) {
			error("vm " + vm.getName() + " needs " + Formats.bytes(needed) + " of memory, but the largest host has "
					+ Formats.bytes(largest) + ".", vm, Literals.VM__MEMORY, VmigIssueCodes.VM_TOO_LARGE);
		}
	}

	@Check
	public void checkHostNotOvercommitted(Host host) {
		double capacity = memory(host);
		double used = EcoreUtil2.getAllContentsOfType(EcoreUtil2.getContainerOfType(host, Model.class), Vm.class)
				.stream().filter(vm -> vm.getHost() == host).mapToDouble(CapacityValidator::memory).sum();
		if (capacity > 0 && used > capacity) {
			error("host " + host.getName() + " runs VMs with " + Formats.bytes(used) + " of memory but has only "
					+ Formats.bytes(capacity) + ".", host, Literals.ELEMENT__NAME, VmigIssueCodes.HOST_OVERCOMMITTED);
		}
	}

	private static double memory(Host host) {
		return safeBytes(() -> Quantities.toBase(host.getMemory(), Dimension.DATA_SIZE, 0));
	}

	private static double memory(Vm vm) {
		return safeBytes(() -> Quantities.toBase(vm.getMemory(), Dimension.DATA_SIZE, 0));
	}

	/** A quantity with a bad unit is reported by QuantityValidator; here it does not count. */
	private static double safeBytes(java.util.function.DoubleSupplier bytes) {
		try {
			return bytes.getAsDouble();
		} catch (IllegalArgumentException badUnit) {
			return 0;
		}
	}
}
