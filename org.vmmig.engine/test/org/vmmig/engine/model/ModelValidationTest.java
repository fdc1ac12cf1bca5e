package org.vmmig.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A model the engine cannot use is refused up front, with a message that names what is wrong. */
class ModelValidationTest {

	private static String refusal(Executable construction) {
		return assertThrows(IllegalArgumentException.class, construction).getMessage();
	}

	@Test
	void aHostWithoutMemoryOrBandwidthIsRefusedByName() {
		assertEquals("memory of host h1 must be a finite number > 0, not -1.0",
				refusal(() -> new Host("h1", -1, 1e9)));
		assertEquals("NIC bandwidth of host h1 must be a finite number > 0, not NaN",
				refusal(() -> new Host("h1", 8e9, Double.NaN)));
		assertEquals("a host needs a name", refusal(() -> new Host(null, 8e9, 1e9)));
	}

	@Test
	void aVmWithANegativeDirtyRateIsRefusedNamingTheVm() {
		assertEquals("vm web: dirty rate must be a finite number >= 0, not -5.0",
				refusal(() -> new Vm("web", 8e9, -5, "h1")));
		assertEquals("vm web: memory must be a finite number > 0, not Infinity",
				refusal(() -> new Vm("web", Double.POSITIVE_INFINITY, 0, "h1")));
		assertEquals("the host of vm web needs a name", refusal(() -> new Vm("web", 8e9, 0, " ")));
	}

	@Test
	void aNetworkNeedsBandwidthAndAListOfHosts() {
		assertEquals("bandwidth of network lan must be a finite number > 0, not 0.0",
				refusal(() -> new Network("lan", 0, 0, List.of("h1"))));
		assertEquals("latency of network lan must be a finite number >= 0, not -0.001",
				refusal(() -> new Network("lan", 1e9, -0.001, List.of("h1"))));
		assertEquals("hosts of network lan must be a list without empty entries",
				refusal(() -> new Network("lan", 1e9, 0, null)));
		assertEquals("hosts of network lan must be a list without empty entries",
				refusal(() -> new Network("lan", 1e9, 0, Arrays.asList("h1", null))));
	}

	@Test
	void aDataCenterNeedsItsListsRatherThanFailingLaterWithANullPointer() {
		assertEquals("the data centre's hosts must be a list without empty entries",
				refusal(() -> new DataCenter(null, List.of(), List.of())));
		assertEquals("the data centre's VMs must be a list without empty entries",
				refusal(() -> new DataCenter(List.of(), Arrays.asList((Vm) null), List.of())));
	}

	@Test
	void theDefaultPolicyIsQemusDowntimeLimitWithThirtyRoundsAndNoCap() {
		MigrationPolicy defaults = MigrationPolicy.defaults();
		assertEquals(0.300, defaults.downtimeLimitSeconds(), "QEMU DEFAULT_MIGRATE_SET_DOWNTIME, 300 ms");
		assertEquals(30, defaults.maxRounds(), "Xen's 30 passes (DEF_MAX_ITERS 29 + the first)");
		assertEquals(1.25e9, defaults.usableBandwidth(1.25e9), "no bandwidth cap");
	}

	@Test
	void aBandwidthCapOfZeroOrInfinityMeansNoCap() {
		for (double none : new double[] { 0, -1, Double.POSITIVE_INFINITY }) {
			MigrationPolicy policy = MigrationPolicy.builder().bandwidthCapBytesPerSecond(none).build();
			assertEquals(1.25e9, policy.usableBandwidth(1.25e9), "cap " + none);
		}
		MigrationPolicy capped = MigrationPolicy.builder().bandwidthCapBytesPerSecond(1e8).build();
		assertEquals(1e8, capped.usableBandwidth(1.25e9));
		assertEquals(5e7, capped.usableBandwidth(5e7), "a cap above the link changes nothing");
	}
}
