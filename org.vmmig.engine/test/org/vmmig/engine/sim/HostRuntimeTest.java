package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How a host shares its CPU among its VMs ({@link HostRuntime}, package-private), against sums worked by hand from
 * the rules of CloudSim's VmSchedulerTimeSharedOverSubscription that it follows: each vCPU gets what it asks for up
 * to one core; a VM migrating out gets 90 % of its demand and one migrating in costs the target 10 % of it; when the
 * demand exceeds the host, every vCPU's share is scaled down and rounded down to a whole MIPS.
 */
class HostRuntimeTest {

	private static final double MB = 1024.0 * 1024;
	private static final PowerModel LINEAR = PowerModel.linear(100, 200);

	/** A host of two cores of 1000 MIPS. */
	private static HostRuntime host(String name, int index) {
		SimHost spec = new SimHost(name, 1000, 2, 4096 * MB, 1e9 / 8, LINEAR);
		// its own record of blank hosts, with room for the indices these tests use (the placement search reads it)
		return new HostRuntime(spec, index, 0.5, 300, new IdleHosts(new SimHost[] { spec, spec }));
	}

	/** A VM of {@code pes} vCPUs of {@code mips} each, asking for {@code utilisation} of them. */
	private static VmRuntime vm(String name, int index, double mips, int pes, double utilisation) {
		VmRuntime vm = new VmRuntime(new SimVm(name, mips, pes, 512 * MB, 0, 0, new double[] { utilisation }, 300, null),
				index);
		vm.demandAt(0);
		return vm;
	}

	private static void place(VmRuntime vm, HostRuntime host) {
		host.add(vm);
		vm.host = host;
	}

	@Test
	void aHostWithRoomGivesEachVmWhatItAsksFor() {
		HostRuntime h = host("h", 0);
		VmRuntime a = vm("a", 0, 1000, 1, 0.3); // 300 MIPS
		VmRuntime b = vm("b", 1, 500, 2, 0.5); // 2 × 250 MIPS
		place(a, h);
		place(b, h);
		assertEquals((300 + 500) / 2000.0, h.update(0), 1e-12);
		assertEquals(0.4, h.requestedUtilisation(), 1e-12);
		assertEquals(300, h.allocatedTo(a), 1e-12);
		assertEquals(500, h.allocatedTo(b), 1e-12);
		assertEquals(2000 - 800, h.available(), 1e-12);
		assertEquals(2 * 512 * MB, h.memoryReserved);
	}

	@Test
	void anOverloadedHostScalesEveryShareDownToWholeMips() {
		HostRuntime h = host("h", 0);
		VmRuntime x = vm("x", 0, 1000, 2, 1); // 2000 MIPS
		VmRuntime y = vm("y", 1, 1000, 1, 1); // 1000 MIPS: 3000 asked of 2000, scale 2/3
		place(x, h);
		place(y, h);
		double used = Math.floor(1000 * 2.0 / 3) * 2 + Math.floor(1000 * 2.0 / 3); // 1332 + 666
		assertEquals(used / 2000, h.update(0), 1e-12);
		assertEquals(1.5, h.requestedUtilisation(), 1e-12);
		assertEquals(1332, h.allocatedTo(x), 1e-12);
		assertEquals(666, h.allocatedTo(y), 1e-12);
		assertEquals(0, h.available(), 1e-12);
	}

	@Test
	void aMigrationCostsTheTargetATenthWhileTheSourceStillCarriesTheVm() {
		HostRuntime source = host("source", 0);
		HostRuntime target = host("target", 1);
		VmRuntime v = vm("v", 0, 1000, 1, 0.6); // 600 MIPS
		place(v, source);
		v.migratingTo = target;
		target.add(v);
		assertEquals(600 * 0.9, source.allocatedTo(v), 1e-12); // the VM runs at 90 % while it migrates
		assertEquals(600 / 2000.0, source.update(0), 1e-12); // but the source carries all of it
		assertEquals(600 * 0.1 / 2000, target.update(0), 1e-12);
		assertEquals(600, target.placementMips(), 1e-9); // the placement counts it whole where it will run
	}

	@Test
	void theHostsHistoryIsItsVmsHistoriesWeightedByTheirShareOfItsCpu() {
		HostRuntime h = host("h", 0);
		VmRuntime a = vm("a", 0, 1000, 1, 0); // half of the host's MIPS
		VmRuntime b = vm("b", 1, 250, 2, 0); // a quarter
		place(a, h);
		place(b, h);
		a.remember(0.2);
		a.remember(0.4); // most recent first: 0.4, 0.2
		b.remember(0.8);
		assertArrayEquals(new double[] { 0.4 * 0.5 + 0.8 * 0.25, 0.2 * 0.5 }, h.utilisationHistory(), 1e-12);
	}
}
