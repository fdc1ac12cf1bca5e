package org.vmmig.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.StoragePool;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmSet;
import org.vmmig.dsl.vmig.VmType;
import org.vmmig.dsl.vmig.VmTypeList;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.units.Formats;

import com.google.inject.Inject;

/**
 * Capacity feasibility: a VM, and each VM type of a {@code vms} group, must fit some host in memory, CPU and NIC
 * bandwidth, and no host may hold more VM memory or reserved NIC bandwidth than it has.
 */
public class CapacityValidator extends ComposedValidator {

	/** Largest host and memory used per host, computed once per model version (models have 10^5 VMs). */
	private record Capacity(double largestHost, int largestMips, double largestNic, Map<Host, Double> usedByHost,
			Map<Host, Double> nicUsedByHost) {
	}

	@Inject
	private IResourceScopeCache cache;

	@Check
	public void checkVmFitsSomeHost(Vm vm) {
		checkMemoryFits("vm " + vm.getName(), memory(vm), vm, Literals.VM__MEMORY);
	}

	@Check
	public void checkVmCpuFitsSomeHost(Vm vm) {
		checkMipsFit("vm " + vm.getName(), vm.getMips(), vm, Literals.VM__MIPS);
	}

	@Check
	public void checkVmNicFitsSomeHost(Vm vm) {
		checkNicFits("vm " + vm.getName(), nic(vm), vm, Literals.VM__NIC);
	}

	/**
	 * A type of a {@code vms ... from traces} group must fit some host as a single VM must: else every VM of its block
	 * stays unplaced all run long, which a model never means.
	 */
	@Check
	public void checkVmTypeFitsSomeHost(VmType type) {
		String name = describe(type);
		checkMemoryFits(name, safeBytes(() -> Quantities.toBase(type.getMemory(), 0)), type, Literals.VM_TYPE__MEMORY);
		checkMipsFit(name, type.getMips(), type, Literals.VM_TYPE__MIPS);
		checkNicFits(name, safeBytes(() -> Quantities.toBase(type.getNic(), 0)), type, Literals.VM_TYPE__NIC);
	}

	/** {@code who} (a VM or a VM type) needs {@code needed} bytes: an error at {@code feature} if no host has them. */
	private void checkMemoryFits(String who, double needed, EObject at, EStructuralFeature feature) {
		double largest = capacity(at.eResource()).largestHost();
		if (needed > 0 && largest > 0 && needed > largest && Double.isFinite(needed)) {
			error(who + " needs " + Formats.bytes(needed) + " of memory, but the largest host has " + Formats.bytes(largest)
					+ ".", at, feature, VmigIssueCodes.VM_TOO_LARGE);
		}
	}

	/** {@code who} requests {@code mips}: an error at {@code feature} if it is more than the fastest host has. */
	private void checkMipsFit(String who, int mips, EObject at, EStructuralFeature feature) {
		int largest = capacity(at.eResource()).largestMips();
		if (mips > 0 && largest > 0 && mips > largest) {
			error(who + " requests " + mips + " MIPS, but the fastest host has " + largest + ".", at, feature,
					VmigIssueCodes.VM_TOO_LARGE);
		}
	}

	/** {@code who} reserves {@code needed} bytes/s of NIC: an error at {@code feature} if no host's NIC is that fast. */
	private void checkNicFits(String who, double needed, EObject at, EStructuralFeature feature) {
		double largest = capacity(at.eResource()).largestNic();
		if (needed > 0 && largest > 0 && needed > largest && Double.isFinite(needed)) {
			error(who + " reserves " + Formats.rate(needed) + " of NIC bandwidth, but the fastest host's NIC has "
					+ Formats.rate(largest) + ".", at, feature, VmigIssueCodes.VM_TOO_LARGE);
		}
	}

	/** "VM type 2 of vms web": types have no names, so their place in the list and their group say which. */
	private static String describe(VmType type) {
		VmSet set = EcoreUtil2.getContainerOfType(type, VmSet.class);
		int index = type.eContainer() instanceof VmTypeList list ? list.getTypes().indexOf(type) + 1 : 0;
		return "VM type " + index + (set == null || set.getName() == null ? "" : " of vms " + set.getName());
	}

	@Check
	public void checkHostNotOvercommitted(Host host) {
		double capacity = memory(host);
		double used = capacity(host.eResource()).usedByHost().getOrDefault(host, 0.0);
		if (capacity > 0 && used > capacity && Double.isFinite(used)) { // an infinite memory has its own error
			error("host " + host.getName() + " runs VMs with " + Formats.bytes(used) + " of memory but has only "
					+ Formats.bytes(capacity) + ".", host, Literals.ELEMENT__NAME, VmigIssueCodes.HOST_OVERCOMMITTED);
		}
		double nic = nic(host);
		double reserved = capacity(host.eResource()).nicUsedByHost().getOrDefault(host, 0.0);
		if (nic > 0 && reserved > nic && Double.isFinite(reserved)) {
			error("host " + host.getName() + " runs VMs reserving " + Formats.rate(reserved) + " of NIC bandwidth but its NIC has only "
					+ Formats.rate(nic) + ".", host, Literals.ELEMENT__NAME, VmigIssueCodes.HOST_OVERCOMMITTED);
		}
	}

	/** The disks of the VMs whose disk lives in a pool must fit the pool's capacity. */
	@Check
	public void checkPoolNotOvercommitted(StoragePool pool) {
		double capacity = safeBytes(() -> Quantities.toBase(pool.getCapacity(), 0));
		if (capacity <= 0) {
			return;
		}
		Model model = (Model) pool.eResource().getContents().get(0);
		double disks = EcoreUtil2.typeSelect(ModelElements.visibleFrom(model), Vm.class).stream()
				.filter(vm -> vm.getStoragePool() == pool)
				.mapToDouble(vm -> safeBytes(() -> Quantities.toBase(vm.getDisk(), 0))).sum();
		if (disks > capacity) {
			warning("storage-pool " + pool.getName() + " holds VM disks of " + Formats.bytes(disks) + " but has only "
					+ Formats.bytes(capacity) + ".", pool, Literals.STORAGE_POOL__CAPACITY, VmigIssueCodes.POOL_OVERCOMMITTED);
		}
	}

	private Capacity capacity(Resource resource) {
		return cache.get(Capacity.class, resource, () -> {
			Model model = (Model) resource.getContents().get(0);
			double largest = 0;
			int largestMips = 0;
			double largestNic = 0;
			Map<Host, Double> used = new HashMap<>();
			Map<Host, Double> nicUsed = new HashMap<>();
			List<Element> visible = ModelElements.visibleFrom(model);
			for (Host host : EcoreUtil2.typeSelect(visible, Host.class)) {
				largest = Math.max(largest, memory(host));
				largestMips = Math.max(largestMips, host.getMips());
				largestNic = Math.max(largestNic, nic(host));
			}
			for (Vm vm : EcoreUtil2.typeSelect(visible, Vm.class)) {
				if (vm.getHost() != null && !vm.getHost().eIsProxy()) {
					used.merge(vm.getHost(), memory(vm), Double::sum);
					nicUsed.merge(vm.getHost(), nic(vm), Double::sum);
				}
			}
			return new Capacity(largest, largestMips, largestNic, used, nicUsed);
		});
	}

	private static double memory(Host host) {
		return safeBytes(() -> Quantities.toBase(host.getMemory(), 0));
	}

	private static double memory(Vm vm) {
		return safeBytes(() -> Quantities.toBase(vm.getMemory(), 0));
	}

	private static double nic(Host host) {
		return safeBytes(() -> Quantities.toBase(host.getNic(), 0));
	}

	private static double nic(Vm vm) {
		return safeBytes(() -> Quantities.toBase(vm.getNic(), 0));
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
