package org.vmmig.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/**
 * What an import could not tell and wrote as {@code unknown} (docs/import.md): each placeholder is a warning where it
 * stands, saying what vmmig predicts with meanwhile, so that nothing unknown passes for a measured value. (What the
 * engine cannot do without, a host's {@code nic} or a network's {@code bandwidth}, is left out by the importers and
 * reported as missing, an error, by {@link CompletenessValidator}.)
 */
public class PlaceholderValidator extends ComposedValidator {

	@Check
	public void checkVm(Vm vm) {
		if (vm.getName() == null) {
			return;
		}
		if (vm.isDirtyRateUnknown()) {
			warning("The dirty rate of vm " + vm.getName() + " is unknown (a placeholder): it is predicted as an idle "
					+ "guest, so its migration may take longer and pause longer than predicted; measure it "
					+ "(vmmig workload, virsh domdirtyrate-calc).", vm, Literals.VM__DIRTY_RATE_UNKNOWN,
					VmigIssueCodes.PLACEHOLDER, "dirty-rate");
		}
		if (vm.isStorageUnknown()) {
			warning("Whether the disks of vm " + vm.getName() + " are local is unknown (a placeholder): it is planned "
					+ "as on shared storage, with no disk copied; write 'storage local' or 'storage shared'.", vm,
					Literals.VM__STORAGE_UNKNOWN, VmigIssueCodes.PLACEHOLDER, "storage");
		}
	}
}
