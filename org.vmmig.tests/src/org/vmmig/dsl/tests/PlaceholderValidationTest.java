package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.engine.model.DataCenter;

import com.google.inject.Inject;

/**
 * What an import could not tell (docs/import.md): a host's NIC and a network's bandwidth are left out and reported
 * missing (errors: nothing can be planned without them); a dirty rate and whether disks are local are written
 * {@code unknown} and reported where they stand (warnings), and predicted as if absent, which the message says.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class PlaceholderValidationTest {

	@Inject
	private ModelTester tester;

	@Test
	void everyPlaceholderOfAnImportedModelIsReportedWhereItStands() {
		assertEquals("""
				ERROR (missingProperty) 'host hv1 needs 'nic'.' at 1:6
				ERROR (missingProperty) 'network placeholder_network needs 'bandwidth'.' at 2:9
				WARNING (placeholder) 'The dirty rate of vm db1 is unknown (a placeholder): it is predicted as an idle guest, so its migration may take longer and pause longer than predicted; measure it (vmmig workload, virsh domdirtyrate-calc).' at 3:43
				WARNING (placeholder) 'The dirty rate of vm app is unknown (a placeholder): it is predicted as an idle guest, so its migration may take longer and pause longer than predicted; measure it (vmmig workload, virsh domdirtyrate-calc).' at 4:43
				WARNING (placeholder) 'Whether the disks of vm app are local is unknown (a placeholder): it is planned as on shared storage, with no disk copied; write 'storage local' or 'storage shared'.' at 4:59""",
				tester.issues("""
						host hv1 { memory 64 GiB cores 16 }
						network placeholder_network { connects hv1 }
						vm db1 { memory 24 GiB vcpus 4 dirty-rate unknown on hv1 }
						vm app { memory 24 GiB vcpus 4 dirty-rate unknown storage unknown on hv1 }
						"""));
	}

	@Test
	void aMeasuredValueLeavesNothingToReport() {
		assertEquals("", tester.issues("""
				host hv1 { memory 64 GiB nic 10 Gbps }
				vm db1 { memory 24 GiB dirty-rate 30 MiB/s storage local on hv1 }
				"""));
	}

	@Test
	void aPlaceholderIsPredictedAsTheAbsentPropertyIs() {
		DataCenter unknown = new ModelMapper().dataCenter(tester.parse("""
				host hv1 { memory 64 GiB nic 10 Gbps }
				vm db1 { memory 24 GiB dirty-rate unknown storage unknown on hv1 }
				"""));
		DataCenter absent = new ModelMapper().dataCenter(tester.parse("""
				host hv1 { memory 64 GiB nic 10 Gbps }
				vm db1 { memory 24 GiB on hv1 }
				"""));
		assertEquals(absent.vms(), unknown.vms());
		assertEquals(0.0, unknown.vms().get(0).dirtyBytesPerSecond(), "an idle guest, as the warning says");
		assertEquals(true, unknown.vms().get(0).sharedStorage(), "shared storage, as the warning says");
	}
}
