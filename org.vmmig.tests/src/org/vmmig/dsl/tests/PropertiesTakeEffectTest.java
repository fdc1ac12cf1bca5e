package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.report.Explanations;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;

import com.google.inject.Inject;

/**
 * Each property of the language changes what is computed: a model where changing only that property changes the
 * plan or the simulation (docs/language.md says what each does).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class PropertiesTakeEffectTest {

	@Inject
	private ModelTester tester;

	/** Two sites; h1 and h2 reach the pool nas; d runs on h4 and shares group app with a. */
	private static final String ESTATE = """
			site east { location "Frankfurt" }
			site west { location "Dublin" }
			storage-pool nas { kind shared bandwidth 2 Gbps }
			host h1 { memory 64 GiB nic 10 Gbps site east storage-pool nas }
			host h2 { memory 64 GiB nic 10 Gbps site east storage-pool nas }
			host h3 { memory 48 GiB nic 10 Gbps site west }
			host h4 { memory 32 GiB nic 10 Gbps site west }
			network lan { bandwidth 10 Gbps connects h1, h2, h3, h4 }
			vm a { memory 8 GiB on h1 }
			vm b { memory 4 GiB on h1 }
			vm c { memory 16 GiB on h2 }
			vm d { memory 8 GiB on h4 }
			group app { members a, d }
			policy p { %s }
			scenario drain { evacuate h1 using p }
			""";

	private ScenarioResult run(String text, String scenario) {
		Model model = tester.parse(text);
		assertEquals("", ModelTester.render(tester.errors(model)), "the model is valid");
		Scenario s = ScenarioRunner.scenarios(model).stream().filter(x -> x.getName().equals(scenario)).findFirst()
				.orElseThrow();
		try {
			return new ScenarioRunner(RunOptions.DEFAULTS).run(s);
		} catch (ScenarioRunner.ScenarioException e) {
			throw new AssertionError(e);
		}
	}

	/** "a→h4 b→h4": where each VM of the drain goes. */
	private String targets(String policyBody) {
		return run(ESTATE.formatted(policyBody), "drain").plan().migrations().stream()
				.sorted(java.util.Comparator.comparing(Migration::vmName)).map(m -> m.vmName() + "→" + m.targetHost())
				.collect(Collectors.joining(" "));
	}

	@Test
	void placementChoosesAmongTheHostsThatFit() {
		// free memory: h2 48 GiB, h3 48 GiB, h4 24 GiB; a (8 GiB) is placed first, then b (4 GiB)
		assertEquals("a→h4 b→h4", targets(""), "best fit (the default): the fullest host that fits");
		assertEquals("a→h4 b→h4", targets("placement best-fit"));
		assertEquals("a→h2 b→h3", targets("placement worst-fit"), "the emptiest host, ties by name");
		assertEquals("a→h2 b→h2", targets("placement first-fit"), "the first host of the model that fits");
		assertEquals("a→h4 b→h4", targets("placement power-aware-best-fit"), "a running host, then best fit");
	}

	@Test
	void eachObjectiveSteersTheEvacuationItsOwnWay() {
		assertEquals("a→h2 b→h3", targets("objective load-balancing"), "spread: worst fit");
		assertEquals("a→h4 b→h4", targets("objective maintenance"), "best fit");
		assertEquals("a→h4 b→h4", targets("objective power-management"), "pack onto running hosts");
		assertEquals("a→h4 b→h4", targets("objective resource-sharing"), "a joins its group peer d on h4");
		// fault tolerance: another site first — h3 and h4 are in west; best fit among them
		assertEquals("a→h4 b→h4", targets("objective fault-tolerance"));
		// two objectives, two plans; and an explicit placement wins over the objective's
		assertNotEquals(targets("objective load-balancing"), targets("objective power-management"));
		assertEquals("a→h2 b→h2", targets("objective load-balancing placement first-fit"));
	}

	@Test
	void faultToleranceLeavesTheSiteAndResourceSharingFollowsPeersWhereBestFitWouldNot() {
		// h4 is full now: best fit among the rest is h2 (east, same site and pool as h1) or h3 (west)
		String crowded = ESTATE.replace("vm d { memory 8 GiB on h4 }", "vm d { memory 30 GiB on h4 }")
				.replace("host h3 { memory 48 GiB", "host h3 { memory 60 GiB");
		assertEquals("a→h2 b→h2", targets(crowded, ""), "best fit: h2 has 48 GiB free, h3 60 GiB");
		assertEquals("a→h3 b→h3", targets(crowded, "objective fault-tolerance"), "another site than h1's");
		String peers = ESTATE.replace("vm d { memory 8 GiB on h4 }", "vm d { memory 8 GiB on h3 }");
		// a follows its peer d to h3 (40 GiB free) though h4 (32 GiB) fits better; b, without peers, best fit: h3 and
		// h4 both have 32 GiB free then, the name decides
		assertEquals("a→h3 b→h3", targets(peers, "objective resource-sharing"));
		assertEquals("a→h4 b→h4", targets(peers, ""));
	}

	private String targets(String estate, String policyBody) {
		return run(estate.formatted(policyBody), "drain").plan().migrations().stream()
				.sorted(java.util.Comparator.comparing(Migration::vmName)).map(m -> m.vmName() + "→" + m.targetHost())
				.collect(Collectors.joining(" "));
	}

	@Test
	void sitesMakeANetworkOfOpenKindAWanBetweenThemAndShowInThePlan() {
		Migration crossing = run(ESTATE.formatted("objective fault-tolerance"), "drain").plan().migrations().get(0);
		assertEquals(List.of("east", "west"), List.of(crossing.sourceSite(), crossing.targetSite()));
		assertTrue(crossing.estimate().notes().stream().map(Explanations::of).anyMatch(n -> n.startsWith("subnet change")), "a WAN move");
		assertTrue(crossing.estimate().notes().stream().map(Explanations::of).anyMatch(n -> n.startsWith("data-plane exposure")),
				"untrusted unless the network is marked trusted");
		String lan = ESTATE.replace("network lan { bandwidth", "network lan { kind lan bandwidth");
		Migration inLan = run(lan.formatted("objective fault-tolerance"), "drain").plan().migrations().get(0);
		assertEquals("west", inLan.targetSite());
		assertEquals(List.of(), inLan.estimate().notes(), "a network said to be a LAN stays one across sites");
	}

	@Test
	void aDiskInASharedPoolStaysBetweenHostsThatReachItAndMovesAtThePoolsSpeedOtherwise() {
		String disks = ESTATE.replace("vm a { memory 8 GiB on h1 }",
				"vm a { memory 8 GiB disk 40 GiB storage local storage-pool nas on h1 }");
		Migration stays = byVm(run(disks.formatted("placement first-fit"), "drain"), "a");
		assertEquals("h2", stays.targetHost());
		assertEquals(0, stays.estimate().storageBytes(), "h1 and h2 both reach nas: the disk stays");
		Migration moves = byVm(run(disks.formatted("placement worst-fit objective fault-tolerance"), "drain"), "a");
		assertEquals("h3", moves.targetHost());
		assertEquals(40 * Math.pow(2, 30), moves.estimate().storageBytes(), 1, "h3 does not reach nas: the disk is copied");
		// 40 GiB read from the pool at 2 Gbit/s = 250 MB/s (the network would carry 1.25 GB/s): at least 171.8 s
		assertTrue(moves.estimate().totalSeconds() >= 40 * Math.pow(2, 30) / 250e6,
				"bounded by the pool: " + moves.estimate().totalSeconds());
		Migration faster = byVm(run(disks.replace("bandwidth 2 Gbps", "bandwidth 20 Gbps")
				.formatted("placement worst-fit objective fault-tolerance"), "drain"), "a");
		assertTrue(faster.estimate().totalSeconds() < moves.estimate().totalSeconds() / 3,
				"a faster pool copies faster: " + faster.estimate().totalSeconds());
	}

	@Test
	void aPoolWarnsWhenTheDisksInItExceedItsCapacity() {
		String disks = """
				storage-pool nas { kind shared capacity %s }
				host h1 { memory 64 GiB nic 10 Gbps storage-pool nas }
				vm a { memory 8 GiB disk 40 GiB storage-pool nas on h1 }
				vm b { memory 8 GiB disk 30 GiB storage-pool nas on h1 }
				""";
		assertEquals("WARNING (poolOvercommitted) 'storage-pool nas holds VM disks of 70.00 GiB but has only 64.00 GiB.' "
				+ "at 1:41", tester.issues(disks.formatted("64 GiB")));
		assertEquals("", tester.issues(disks.formatted("1 TiB")));
	}

	@Test
	void dirtyPaceDecidesWhetherAutoConvergeCanSlowAVm() {
		// a writes 2 GB/s, faster than the 10 Gbit/s link: auto-converge's throttle slows it only if its writes
		// need CPU time (docs/models.md, DirtyPace)
		String busy = ESTATE.replace("vm a { memory 8 GiB on h1 }", "vm a { memory 8 GiB dirty-rate 2 GB/s %s on h1 }")
				.replace("policy p { %s }", "policy p { auto-converge placement first-fit }");
		Migration cpu = byVm(run(busy.formatted(""), "drain"), "a");
		Migration cpuSaid = byVm(run(busy.formatted("dirty-pace cpu-time"), "drain"), "a");
		Migration wall = byVm(run(busy.formatted("dirty-pace wall-clock"), "drain"), "a");
		assertTrue(cpu.estimate().converged(), "CPU time is the default: the throttle slows the writes");
		assertEquals(cpu.estimate().totalSeconds(), cpuSaid.estimate().totalSeconds(), 1e-9);
		assertFalse(wall.estimate().converged(), "a wall-clock writer is not slowed: forced at the round cap");
	}

	private static Migration byVm(ScenarioResult result, String vm) {
		return result.plan().migrations().stream().filter(m -> m.vmName().equals(vm)).findFirst().orElseThrow();
	}

	/** Three hosts at 12.5 % CPU each (a 500-MIPS VM on 4 × 1000 MIPS), a consolidation over an hour. */
	private static final String IDLE_TRIO = """
			host h1 { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }
			host h2 { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }
			host h3 { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }
			network lan { bandwidth 10 Gbps connects h1, h2, h3 }
			vm v1 { memory 2 GiB dirty-rate 100 MiB/s vcpus 1 mips 500 on h1 %s }
			vm v2 { memory 2 GiB dirty-rate 100 MiB/s vcpus 1 mips 500 on h2 %s }
			vm v3 { memory 2 GiB dirty-rate 100 MiB/s vcpus 1 mips 500 on h3 %s }
			policy p { detector thr 0.8 %s }
			scenario hour { simulate using p horizon 1 h step 5 min }
			scenario now { consolidate using p }
			""";

	private ScenarioResult trio(String vmExtra, String policyBody, String scenario) {
		return run(IDLE_TRIO.formatted(vmExtra, vmExtra, vmExtra, policyBody), scenario);
	}

	@Test
	void underloadDecidesWhichHostsTheSimulationEmpties() {
		assertTrue(trio("", "", "hour").simulation().migrations() > 0, "every host below 100 % may be emptied");
		assertEquals(2, trio("", "underload 20 %", "hour").simulation().migrations(), "12.5 % is below 20 %");
		assertEquals(0, trio("", "underload 10 %", "hour").simulation().migrations(), "12.5 % is not below 10 %");
	}

	@Test
	void placementDecidesWhereTheSimulationPutsVms() {
		// h1 at 12.5 %, h2 at 25 %, h3 at 37.5 % of 4 × 1000 MIPS: h1 is emptied first; where does v1 go?
		String uneven = """
				host h1 { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }
				host h2 { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }
				host h3 { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }
				network lan { bandwidth 10 Gbps connects h1, h2, h3 }
				vm v1 { memory 2 GiB vcpus 1 mips 500 on h1 }
				vm v2 { memory 2 GiB vcpus 1 mips 1000 on h2 }
				vm v3 { memory 2 GiB vcpus 3 mips 500 on h3 }
				policy p { detector thr 0.8 %s }
				scenario now { consolidate using p }
				""";
		assertEquals("h2", moves(run(uneven.formatted("placement first-fit"), "now")).get("v1"), "the first that fits");
		assertEquals("h2", moves(run(uneven.formatted("placement worst-fit"), "now")).get("v1"), "the least busy after");
		assertEquals("h3", moves(run(uneven.formatted("placement best-fit"), "now")).get("v1"), "the busiest that fits");
	}

	private static Map<String, String> moves(ScenarioResult result) {
		return result.plan().migrations().stream().collect(Collectors.toMap(Migration::vmName, Migration::targetHost));
	}

	@Test
	void theSimulationPricesMigrationsWithTheVmsWorkingSetZeroPagesAndDeviceState() {
		double plain = trio("", "", "hour").simulation().bytesMoved();
		assertTrue(trio("zero-pages 90 %", "", "hour").simulation().bytesMoved() < plain / 3,
				"zero pages are sent as headers");
		assertTrue(trio("working-set 64 MiB", "", "hour").simulation().bytesMoved() < plain,
				"re-sent pages never exceed the working set");
		assertTrue(trio("device-state 256 MiB", "", "hour").simulation().bytesMoved() > plain,
				"the device state is sent too");
	}
}
