package org.vmmig.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.plan.Refusal.Resource;
import org.vmmig.engine.report.Explanations;

/**
 * Every kind of refusal, from a model that causes it: the engine says which kind, with which host, rule and
 * amounts, so that front ends can count and group them; {@link Explanations} says it in the words users have
 * always read.
 */
class RefusalsTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double GBIT = 1e9 / 8;

	private final EvacuationPlanner planner = new EvacuationPlanner(MigrationModel.live());

	/** Evacuating h1 of {@code hosts} (all on one network) under {@code rules}: why its only VM cannot go. */
	private Refusal refusalEvacuating(List<Host> hosts, Vm vm, PlacementRules rules) {
		List<String> names = hosts.stream().map(Host::name).toList();
		DataCenter dc = new DataCenter(hosts, List.of(vm), List.of(new Network("lan", GBIT, 0, names)));
		List<org.vmmig.engine.plan.Unplaced> unplaced = planner.evacuate(dc, "h1", MigrationPolicy.defaults(), rules)
				.unplaced();
		assertEquals(1, unplaced.size(), "one VM, not placed");
		return unplaced.get(0).refusal();
	}

	@Test
	void noNetworkNamesTheSourceHost() {
		DataCenter dc = new DataCenter(List.of(new Host("h1", 64 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT)),
				List.of(new Vm("a", GIB, 0, "h1")), List.of());
		Refusal refusal = planner.evacuate(dc, "h1", MigrationPolicy.defaults()).unplaced().get(0).refusal();
		assertEquals(new Refusal.NoNetwork("h1", null), refusal);
		assertEquals(Refusal.Kind.NO_NETWORK, refusal.kind());
		assertEquals("no network connects h1 to another host", Explanations.of(refusal));
		assertEquals("no network connects h1 to h2", Explanations.of(new Refusal.NoNetwork("h1", "h2")));
	}

	@Test
	void aMemoryShortageSaysHowMuchWasNeededAndHowMuchTheRoomiestHostHas() {
		Refusal refusal = refusalEvacuating(
				List.of(new Host("h1", 128 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT), new Host("h3", 32 * GIB, GBIT)),
				new Vm("huge", 100 * GIB, 0, "h1"), PlacementRules.NONE);
		Refusal.Shortage shortage = (Refusal.Shortage) refusal;
		assertEquals(Resource.MEMORY, shortage.resource());
		assertEquals(100 * GIB, shortage.needed());
		assertEquals(64 * GIB, shortage.available());
		assertEquals(36 * GIB, shortage.missing());
		assertEquals("h2", shortage.host());
		assertEquals("needs 100.00 GiB, largest free memory is 64.00 GiB on h2", Explanations.of(refusal));
	}

	@Test
	void aCpuShortageIsTheRuleThatLeftNoPermittedHost() {
		PlacementRules cpu = PlacementRules.NONE.withCpu(Map.of("h2", 1000.0), Map.of("app", 2000.0));
		Refusal refusal = refusalEvacuating(List.of(new Host("h1", 64 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT)),
				new Vm("app", 8 * GIB, 0, "h1"), cpu);
		assertEquals(new Refusal.NoPermittedHost(new Refusal.Shortage(Resource.CPU, 2000, 1000, "h2")), refusal);
		assertEquals(Refusal.Kind.NO_PERMITTED_HOST, refusal.kind());
		assertEquals("no host it may move to (needs 2000 MIPS, h2 has 1000 free)", Explanations.of(refusal));
	}

	@Test
	void requiredEncryptionNamesTheHostThatCannotEncrypt() {
		PlacementRules rules = new PlacementRules(Map.of(), true, Set.of("h2"));
		Refusal refusal = refusalEvacuating(List.of(new Host("h1", 64 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT)),
				new Vm("app", 8 * GIB, 0, "h1"), rules);
		assertEquals(new Refusal.NoPermittedHost(new Refusal.EncryptionImpossible("h2")), refusal);
		assertEquals("no host it may move to (required encryption is impossible: h2 cannot encrypt migrations)",
				Explanations.of(refusal));
	}

	@Test
	void aSecurityLevelAboveTheTrustGivesBoth() {
		Refusal refusal = refusalEvacuating(
				List.of(new Host("h1", 64 * GIB, GBIT, "secure", 3), new Host("h2", 64 * GIB, GBIT, "dmz", 1)),
				new Vm("vault", VmProfile.of(8 * GIB, 0), true, 3, "h1"), PlacementRules.NONE);
		assertEquals(new Refusal.NoPermittedHost(new Refusal.TrustTooLow(3, 1, "h2")), refusal);
		assertEquals("no host it may move to (security level 3 above the trust 1 of h2)", Explanations.of(refusal));
	}

	@Test
	void aZoneTransitionThePolicyDoesNotAllowGivesBothZones() {
		List<Host> hosts = List.of(new Host("h1", 64 * GIB, GBIT, "prod", 1), new Host("h2", 64 * GIB, GBIT, "test", 1));
		Refusal refusal = refusalEvacuating(hosts, new Vm("app", 4 * GIB, 0, "h1"),
				new PlacementRules(Map.of("prod", Set.of("dr"))));
		assertEquals(new Refusal.NoPermittedHost(new Refusal.ZoneNotAllowed("prod", "test", "h2")), refusal);
		assertEquals("no host it may move to (the policy does not allow moves from zone prod to zone test)",
				Explanations.of(refusal));
	}

	@Test
	void leavingTheNamedZonesIsAZoneTransitionWithoutATargetZone() {
		List<Host> hosts = List.of(new Host("h1", 64 * GIB, GBIT, "prod", 1), new Host("h2", 64 * GIB, GBIT, null, 1));
		Refusal refusal = refusalEvacuating(hosts, new Vm("app", 4 * GIB, 0, "h1"),
				new PlacementRules(Map.of("prod", Set.of("dr"))));
		assertEquals(new Refusal.NoPermittedHost(new Refusal.ZoneNotAllowed("prod", null, "h2")), refusal);
		assertEquals("no host it may move to (the policy does not allow moves from zone prod to h2, which is in no zone)",
				Explanations.of(refusal));
	}

	@Test
	void antiAffinityNamesThePeerAndWhereItIs() {
		DataCenter dc = new DataCenter(List.of(new Host("h1", 64 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT)),
				List.of(new Vm("web1", 8 * GIB, 0, "h1"), new Vm("web2", 8 * GIB, 0, "h2")),
				List.of(new Network("lan", GBIT, 0, List.of("h1", "h2"))));
		PlacementRules apart = PlacementRules.NONE.withGroups(List.of(), List.of(Set.of("web1", "web2")));
		Refusal refusal = planner.evacuate(dc, "h1", MigrationPolicy.defaults(), apart).unplaced().get(0).refusal();
		assertEquals(new Refusal.NoPermittedHost(new Refusal.AntiAffinity("web2", "h2")), refusal);
		assertEquals("no host it may move to (anti-affinity with web2 on h2)", Explanations.of(refusal));
	}

	@Test
	void affinityNamesThePeerThatStaysAndItsHost() {
		// db stays on h3, which h1 cannot reach: app may go only to h2, where the group forbids it
		DataCenter dc = new DataCenter(
				List.of(new Host("h1", 64 * GIB, GBIT), new Host("h2", 64 * GIB, GBIT), new Host("h3", 64 * GIB, GBIT)),
				List.of(new Vm("app", 8 * GIB, 0, "h1"), new Vm("db", 8 * GIB, 0, "h3")),
				List.of(new Network("lan", GBIT, 0, List.of("h1", "h2")), new Network("far", GBIT, 0, List.of("h3"))));
		PlacementRules together = PlacementRules.NONE.withGroups(List.of(Set.of("app", "db")), List.of());
		Refusal refusal = planner.evacuate(dc, "h1", MigrationPolicy.defaults(), together).unplaced().get(0).refusal();
		assertEquals(new Refusal.NoPermittedHost(new Refusal.Affinity("db", "h3")), refusal);
		assertEquals("no host it may move to (affinity with db, which is on h3)", Explanations.of(refusal));
	}

	@Test
	void aCycleOfMovesSaysWhichHostsMemoryItWaitsFor() {
		Host h1 = new Host("h1", 8 * GIB, 10 * GBIT);
		Host h2 = new Host("h2", 8 * GIB, 10 * GBIT);
		Network lan = new Network("lan", 100 * GBIT, 0, List.of("h1", "h2"));
		MigrationScheduler.Schedule schedule = new MigrationScheduler(MigrationModel.live()).schedule(
				List.of(new MigrationScheduler.Request(new Vm("a", 8 * GIB, 0, "h1"), h1, h2, lan, MigrationPath.lan(10 * GBIT)),
						new MigrationScheduler.Request(new Vm("b", 8 * GIB, 0, "h2"), h2, h1, lan, MigrationPath.lan(10 * GBIT))),
				Map.of("h1", 0.0, "h2", 0.0), MigrationPolicy.defaults(), ConcurrencyLimits.DEFAULT);
		Refusal refusal = schedule.blocked().get(0).refusal();
		assertEquals(new Refusal.WaitsInCycle(8 * GIB, "h2"), refusal);
		assertEquals(Refusal.Kind.WAITS_IN_CYCLE, refusal.kind());
		assertEquals("waits for 8.00 GiB on h2 that no migration of the plan frees (a cycle of moves)",
				Explanations.of(refusal));
	}

	@Test
	void everyKindHasAKeywordForTheJsonResult() {
		assertEquals(List.of("no-network", "shortage", "no-permitted-host", "encryption-impossible", "trust-too-low",
				"zone-not-allowed", "anti-affinity", "affinity", "waits-in-cycle"),
				java.util.Arrays.stream(Refusal.Kind.values()).map(Refusal.Kind::keyword).toList());
	}
}
