package org.vmmig.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.cost.PreCopyTest;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.report.Explanations;

/** Evacuating a host for maintenance: where each VM goes, in what order, and what cannot move. */
class EvacuationPlannerTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double GBIT = 1e9 / 8;

	private final EvacuationPlanner planner = new EvacuationPlanner(MigrationModel.live());

	private static DataCenter lab(List<Vm> vms) {
		return new DataCenter(
				List.of(new Host("h1", 64 * GIB, 10 * GBIT), new Host("h2", 64 * GIB, 10 * GBIT),
						new Host("h3", 32 * GIB, 1 * GBIT)),
				vms, List.of(new Network("lan", 10 * GBIT, 0.0002, List.of("h1", "h2", "h3"))));
	}

	@Test
	void largestVmsArePlacedFirstOnTheTightestHostThatFits() {
		Plan plan = planner.evacuate(lab(List.of(new Vm("small", 8 * GIB, 0, "h1"), new Vm("big", 40 * GIB, 0, "h1"),
				new Vm("mid", 24 * GIB, 0, "h1"))), "h1", MigrationPolicy.defaults());
		assertEquals(List.of("big", "mid", "small"), plan.migrations().stream().map(Migration::vmName).toList());
		// big (40) fits only h2 (64 free → 24); mid (24) fits h2 exactly, tighter than h3 (32); small goes to h3
		assertEquals(List.of("h2", "h2", "h3"), plan.migrations().stream().map(Migration::targetHost).toList());
		assertTrue(plan.feasible());
	}

	@Test
	void migrationsRunOneAfterTheOtherAtTheBottleneckBandwidth() {
		Plan plan = planner.evacuate(lab(List.of(new Vm("a", 16 * GIB, 0, "h1"), new Vm("b", 8 * GIB, 0, "h1"))),
				"h1", MigrationPolicy.defaults());
		Migration first = plan.migrations().get(0);
		Migration second = plan.migrations().get(1);
		assertEquals(first.endSeconds(), second.startSeconds(), 1e-12);
		// both fit h3 (32 free) more tightly than h2 (64 free); h3's NIC of 1 Gbit/s is the bottleneck
		assertEquals("h3", second.targetHost());
		assertEquals(1 * GBIT, second.bandwidthBytesPerSecond());
		// an idle guest: its memory with page headers, then its device state (see PreCopyTest)
		assertEquals((8 * GIB * PreCopyTest.H + PreCopyTest.S) / GBIT, second.estimate().totalSeconds(), 1e-9);
		assertEquals(first.estimate().totalSeconds() + second.estimate().totalSeconds(), plan.makespanSeconds(), 1e-9);
	}

	@Test
	void aVmThatFitsNowhereIsReportedWithTheReason() {
		Plan plan = planner.evacuate(lab(List.of(new Vm("huge", 100 * GIB, 0, "h1"))), "h1", MigrationPolicy.defaults());
		assertFalse(plan.feasible());
		assertEquals("needs 100.00 GiB, largest free memory is 64.00 GiB on h2", Explanations.of(plan.unplaced().get(0).refusal()));
	}

	@Test
	void hostsWithoutACommonNetworkCannotExchangeVms() {
		DataCenter dc = new DataCenter(List.of(new Host("h1", 64 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT)),
				List.of(new Vm("a", GIB, 0, "h1")), List.of());
		Plan plan = planner.evacuate(dc, "h1", MigrationPolicy.defaults());
		assertEquals("no network connects h1 to another host", Explanations.of(plan.unplaced().get(0).refusal()));
	}

	@Test
	void vmsGoOnlyToHostsReachableFromTheSource() {
		// h3 fits best (tightest) but sits on another network: the VM goes to h2, on the source's network
		DataCenter dc = new DataCenter(
				List.of(new Host("h1", 64 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT), new Host("h3", 16 * GIB, GBIT)),
				List.of(new Vm("a", 8 * GIB, 0, "h1")),
				List.of(new Network("lan1", GBIT, 0, List.of("h1", "h2")), new Network("lan2", GBIT, 0, List.of("h3"))));
		assertEquals("h2", planner.evacuate(dc, "h1", MigrationPolicy.defaults()).migrations().get(0).targetHost());
	}

	@Test
	void aVmNeverLandsOnAHostTrustedLessThanItsSecurityLevel() {
		DataCenter dc = new DataCenter(
				List.of(new Host("h1", 64 * GIB, GBIT, "secure", 3), new Host("h2", 64 * GIB, GBIT, "dmz", 1),
						new Host("h3", 128 * GIB, GBIT, "secure", 3)),
				List.of(new Vm("vault", VmProfile.of(8 * GIB, 0), true, 3, "h1"), new Vm("web", 4 * GIB, 0, "h1")),
				List.of(new Network("lan", GBIT, 0, List.of("h1", "h2", "h3"))));
		Plan plan = planner.evacuate(dc, "h1", MigrationPolicy.defaults());
		// h2 is the tighter fit for both, but only web (level 0) may go to the dmz
		assertEquals(List.of("vault -> h3", "web -> h2"),
				plan.migrations().stream().map(m -> m.vmName() + " -> " + m.targetHost()).toList());
	}

	@Test
	void zoneTransitionsTheRulesDoNotAllowAreRefusedWithTheReason() {
		DataCenter dc = new DataCenter(
				List.of(new Host("h1", 64 * GIB, GBIT, "prod", 1), new Host("h2", 64 * GIB, GBIT, "test", 1)),
				List.of(new Vm("app", 4 * GIB, 0, "h1")), List.of(new Network("lan", GBIT, 0, List.of("h1", "h2"))));
		PlacementRules onlyProdToDr = new PlacementRules(Map.of("prod", Set.of("dr")));
		Plan plan = planner.evacuate(dc, "h1", MigrationPolicy.defaults(), onlyProdToDr);
		assertEquals("no host it may move to (the policy does not allow moves from zone prod to zone test)",
				Explanations.of(plan.unplaced().get(0).refusal()));
		PlacementRules prodToTest = new PlacementRules(Map.of("prod", Set.of("test")));
		assertTrue(planner.evacuate(dc, "h1", MigrationPolicy.defaults(), prodToTest).feasible());
	}

	@Test
	void evacuatingSeveralHostsNeverMovesAVmOntoAnotherHostBeingEmptied() {
		Plan plan = planner.evacuate(lab(List.of(new Vm("a", 8 * GIB, 0, "h1"), new Vm("b", 8 * GIB, 0, "h3"))),
				List.of("h1", "h3"), MigrationPolicy.defaults(), PlacementRules.NONE);
		assertEquals(List.of("h1", "h3"), plan.evacuatedHosts());
		assertEquals(List.of("h2", "h2"), plan.migrations().stream().map(Migration::targetHost).toList(),
				"h3 would fit tighter but is being emptied too");
	}

	@Test
	void theSameModelGivesTheSamePlan() {
		List<Vm> vms = List.of(new Vm("x", 8 * GIB, 1e6, "h1"), new Vm("y", 8 * GIB, 2e6, "h1"),
				new Vm("z", 4 * GIB, 3e6, "h1"));
		assertEquals(planner.evacuate(lab(vms), "h1", MigrationPolicy.defaults()),
				planner.evacuate(lab(vms), "h1", MigrationPolicy.defaults()));
	}

	@Test
	void anUnknownHostIsAClearError() {
		var error = assertThrows(IllegalArgumentException.class,
				() -> planner.evacuate(lab(List.of()), "h9", MigrationPolicy.defaults()));
		assertEquals("there is no host named 'h9'", error.getMessage());
	}

	@Test
	void antiAffinePeersNeverShareAHost() {
		// both would fit h3 (32 GiB) best; anti-affinity sends the second to h2
		PlacementRules apart = PlacementRules.NONE.withGroups(List.of(), List.of(Set.of("web1", "web2")));
		Plan plan = planner.evacuate(lab(List.of(new Vm("web1", 8 * GIB, 0, "h1"), new Vm("web2", 4 * GIB, 0, "h1"))),
				"h1", MigrationPolicy.defaults(), apart);
		assertEquals(List.of("h3", "h2"), plan.migrations().stream().map(Migration::targetHost).toList());
	}

	@Test
	void anAntiAffinePeerAlreadyOnAHostKeepsOthersAway() {
		PlacementRules apart = PlacementRules.NONE.withGroups(List.of(), List.of(Set.of("web1", "web2")));
		Plan plan = planner.evacuate(lab(List.of(new Vm("web1", 8 * GIB, 0, "h1"), new Vm("web2", 4 * GIB, 0, "h3"))),
				"h1", MigrationPolicy.defaults(), apart);
		assertEquals("h2", plan.migrations().get(0).targetHost());
	}

	@Test
	void affineVmsFollowEachOtherOrAreReportedWhenTheyCannot() {
		PlacementRules together = PlacementRules.NONE.withGroups(List.of(Set.of("app", "db")), List.of());
		// db stays on h2: app must join it, though h3 would fit it more tightly
		Plan plan = planner.evacuate(lab(List.of(new Vm("app", 8 * GIB, 0, "h1"), new Vm("db", 8 * GIB, 0, "h2"))),
				"h1", MigrationPolicy.defaults(), together);
		assertEquals("h2", plan.migrations().get(0).targetHost());
		// both leave h1: the first placed decides, the second follows
		Plan both = planner.evacuate(lab(List.of(new Vm("app", 8 * GIB, 0, "h1"), new Vm("db", 16 * GIB, 0, "h1"))),
				"h1", MigrationPolicy.defaults(), together);
		assertEquals(List.of("h3", "h3"), both.migrations().stream().map(Migration::targetHost).toList());
		// db on h3 with no room left for app: app cannot move, and the plan says why
		Plan stuck = planner.evacuate(lab(List.of(new Vm("app", 8 * GIB, 0, "h1"), new Vm("db", 30 * GIB, 0, "h3"))),
				"h1", MigrationPolicy.defaults(), together);
		assertFalse(stuck.feasible());
		assertEquals("app", stuck.unplaced().get(0).vmName());
	}

	@Test
	void aVmGoesOnlyWhereItsCpuFits() {
		// h3 has the tightest memory fit but only 1000 MIPS left beside its resident; app needs 2000
		PlacementRules cpu = PlacementRules.NONE.withCpu(Map.of("h2", 8000.0, "h3", 4000.0),
				Map.of("app", 2000.0, "resident", 3000.0));
		Plan plan = planner.evacuate(lab(List.of(new Vm("app", 8 * GIB, 0, "h1"), new Vm("resident", GIB, 0, "h3"))),
				"h1", MigrationPolicy.defaults(), cpu);
		assertEquals("h2", plan.migrations().get(0).targetHost());
		PlacementRules tight = PlacementRules.NONE.withCpu(Map.of("h2", 1000.0, "h3", 4000.0),
				Map.of("app", 2000.0, "resident", 3000.0));
		Plan none = planner.evacuate(lab(List.of(new Vm("app", 8 * GIB, 0, "h1"), new Vm("resident", GIB, 0, "h3"))),
				"h1", MigrationPolicy.defaults(), tight);
		assertEquals("no host it may move to (needs 2000 MIPS, h2 has 1000 free)", Explanations.of(none.unplaced().get(0).refusal()));
	}
}
