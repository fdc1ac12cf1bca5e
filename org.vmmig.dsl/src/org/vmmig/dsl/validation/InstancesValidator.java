package org.vmmig.dsl.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.vmmig.dsl.mapping.Instances;
import org.vmmig.dsl.mapping.NamedFiles;
import org.vmmig.dsl.mapping.TraceCache;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmSet;
import org.vmmig.dsl.vmig.VmType;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.trace.CpuTrace;

/**
 * Declarations that stand for many machines: counted hosts ({@code host g4 count 400}), their interleaving, and
 * {@code vms ... from traces} groups (their types, and their folder, read like a VM's trace on full validation).
 */
public class InstancesValidator extends ComposedValidator {

	@Check
	public void checkCount(Host host) {
		if (Instances.counted(host) && (host.getCount() < 1 || host.getCount() > Instances.MAX_COUNT)) {
			error("'count' must be between 1 and " + String.format(java.util.Locale.ROOT, "%,d", Instances.MAX_COUNT)
					+ ", not " + host.getCount() + ".", host, Literals.HOST__COUNT, VmigIssueCodes.OUT_OF_RANGE);
		}
	}

	/** Hosts of every declaration together, so that many counted hosts cannot add up to more than the heap holds. */
	@Check
	public void checkTotal(Model model) {
		long total = 0;
		for (Element element : model.getElements()) {
			if (element instanceof Host host) {
				boolean inRange = host.getCount() >= 1 && host.getCount() <= Instances.MAX_COUNT; // else said by checkCount
				total += !Instances.counted(host) ? 1 : inRange ? host.getCount() : 0;
				if (total > Instances.MAX_COUNT && Instances.counted(host) && inRange) {
					error("The model's hosts add up to " + total + " here, more than " + String.format(java.util.Locale.ROOT,
							"%,d", Instances.MAX_COUNT) + ".", host, Literals.HOST__COUNT, VmigIssueCodes.OUT_OF_RANGE);
					return;
				}
			}
		}
	}

	@Check
	public void checkInterleave(Host host) {
		Host other = host.getInterleaveWith();
		if (other == null || other.eIsProxy()) {
			return;
		}
		if (other == host) {
			error("host " + host.getName() + " cannot interleave with itself.", host, Literals.HOST__INTERLEAVE_WITH,
					VmigIssueCodes.BAD_INTERLEAVE);
		} else if (other.getInterleaveWith() != null) {
			error("host " + other.getName() + " interleaves with another host itself: name the one it takes turns with ("
					+ (other.getInterleaveWith().eIsProxy() ? "its interleave-with" : other.getInterleaveWith().getName())
					+ ").", host, Literals.HOST__INTERLEAVE_WITH, VmigIssueCodes.BAD_INTERLEAVE);
		}
	}

	/** Which of a counted host's hosts a VM runs on the model does not say; a {@code vms} group needs no host. */
	@Check
	public void checkOnCountedHost(Vm vm) {
		Host host = vm.getHost();
		if (host != null && !host.eIsProxy() && Instances.counted(host)) {
			error("host " + host.getName() + " stands for " + host.getCount() + " hosts: a vm runs on one host; declare it "
					+ "on a host of its own, or use 'vms ... from traces', which the scenario's placement puts.", vm,
					Literals.VM__HOST, VmigIssueCodes.ON_COUNTED_HOST);
		}
	}

	@Check
	public void checkTypes(VmSet set) {
		if (set.getName() == null) {
			return;
		}
		if (set.getTypes() == null || set.getTypes().getTypes().isEmpty()) {
			error("vms " + set.getName() + " needs at least one VM type: types [{ mips 1000 memory 1 GiB }].",
					set.getTypes() == null ? set : set.getTypes(), set.getTypes() == null ? Literals.ELEMENT__NAME : null,
					VmigIssueCodes.NO_VM_TYPES);
			return;
		}
		for (VmType type : set.getTypes().getTypes()) {
			if (type.getMemory() == null) {
				error("A VM type needs 'memory'.", type, null, VmigIssueCodes.MISSING_PROPERTY, "memory");
			}
			if (type.getMips() < 1 && !NodeModelUtils.findNodesForFeature(type, Literals.VM_TYPE__MIPS).isEmpty()) {
				error("'mips' must be at least 1.", type, Literals.VM_TYPE__MIPS, VmigIssueCodes.OUT_OF_RANGE);
			}
			if (type.getVcpus() < 1 && !NodeModelUtils.findNodesForFeature(type, Literals.VM_TYPE__VCPUS).isEmpty()) {
				error("'vcpus' must be at least 1.", type, Literals.VM_TYPE__VCPUS, VmigIssueCodes.OUT_OF_RANGE);
			}
		}
	}

	/**
	 * The folder and every trace in it, read as a VM's trace is, on full validation — which the CLI, the editor's
	 * reconciler and the language server run on every check or edit: an unchanged file is parsed once
	 * ({@link TraceCache}), so that a check of an unchanged folder only lists it and looks at each file's size and time.
	 */
	@Check(CheckType.NORMAL)
	public void checkFolder(VmSet set) {
		if (set.getFolder() == null) {
			return;
		}
		List<Path> files;
		try {
			files = Instances.traceFiles(set);
		} catch (IOException e) {
			error("Cannot read the traces folder '" + set.getFolder() + "': " + (e.getMessage() == null ? "an I/O error"
					: e.getMessage()) + ".", set, Literals.VM_SET__FOLDER, VmigIssueCodes.BAD_TRACE);
			return;
		}
		if (files.size() > Instances.MAX_COUNT) {
			error("The traces folder '" + set.getFolder() + "' holds " + files.size() + " files: at most "
					+ Instances.MAX_COUNT + " VMs.", set, Literals.VM_SET__FOLDER, VmigIssueCodes.OUT_OF_RANGE);
			return;
		}
		String folder = set.getFolder().replaceAll("[/\\\\]+$", "");
		for (Path file : files) {
			String shown = folder + "/" + file.getFileName();
			try {
				if (Files.size(file) > NamedFiles.MAX_TRACE_BYTES) {
					error("Cannot read the trace '" + shown + "': larger than " + NamedFiles.MAX_TRACE_BYTES + " bytes.", set,
							Literals.VM_SET__FOLDER, VmigIssueCodes.BAD_TRACE);
					return;
				}
				TraceCache.utilisation(file, shown); // parsed once: the mapping and the next validation take it from there
			} catch (CpuTrace.FormatException e) {
				error("Trace " + e.getMessage(), set, Literals.VM_SET__FOLDER, VmigIssueCodes.BAD_TRACE);
				return; // one bad file is enough to say; the others would repeat it
			} catch (IOException | RuntimeException e) {
				error("Cannot read the trace '" + shown + "'.", set, Literals.VM_SET__FOLDER, VmigIssueCodes.BAD_TRACE);
				return;
			}
		}
	}
}
