package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.sim.PlanetLabSetup;
import org.vmmig.engine.sim.SimHost;
import org.vmmig.engine.sim.SimVm;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Declarations that stand for many machines: {@code host NAME count N} (with {@code interleave-with}) and
 * {@code vms NAME from traces "folder" { types [...] }} — how they parse, what the validator says, and what the
 * engine is given.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class CountedHostsAndTraceGroupsTest {

	@Inject
	private ModelTester tester;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validation;

	private static final String HOSTS = """
			host g4 count 3 { memory 4096 MB nic 1 Gbps cores 2 mips 1860 }
			host g5 count 2 { interleave-with g4 memory 4096 MB nic 1 Gbps cores 2 mips 2660 }
			host spare { memory 8 GiB nic 10 Gbps }
			network lan { bandwidth 1 Gbps connects g5, spare }
			""";

	@Test
	void countedHostsAreNamedByIndexAndTakeTurnsWithTheHostTheyInterleaveWith() {
		Model model = tester.parse(HOSTS);
		assertEquals("", tester.issues(HOSTS));
		DataCenter dc = new ModelMapper().dataCenter(model);
		assertEquals(List.of("g4-0", "g5-0", "g4-1", "g5-1", "g4-2", "spare"),
				dc.hosts().stream().map(org.vmmig.engine.model.Host::name).toList());
		assertEquals(4096e6, dc.hosts().get(1).memoryBytes());
		// a network connecting a counted host connects all of its hosts
		assertEquals(List.of("g5-0", "g5-1", "spare"), dc.networks().get(0).hostNames());
	}

	@Test
	void withoutInterleavingCountedHostsFollowTheirDeclarations() {
		Model model = tester.parse("""
				host a count 2 { memory 1 GiB nic 1 Gbps }
				host b count 1 { memory 1 GiB nic 1 Gbps }
				host c { memory 1 GiB nic 1 Gbps }
				""");
		assertEquals(List.of("a-0", "a-1", "b-0", "c"),
				new ModelMapper().dataCenter(model).hosts().stream().map(org.vmmig.engine.model.Host::name).toList());
	}

	@Test
	void countsInterleavingAndHostsOfVmsAreChecked() {
		assertEquals("""
				ERROR (outOfRange) ''count' must be between 1 and 100,000, not 0.' at 1:14
				ERROR (outOfRange) ''count' must be between 1 and 100,000, not 100001.' at 2:14
				ERROR (badInterleave) 'host c cannot interleave with itself.' at 3:34
				ERROR (badInterleave) 'host c interleaves with another host itself: name the one it takes turns with (c).' at 4:34
				ERROR (onCountedHost) 'host b stands for 100001 hosts: a vm runs on one host; declare it on a host of its \
				own, or use 'vms ... from traces', which the scenario's placement puts.' at 5:24""",
				tester.issues("""
						host a count 0 { memory 1 GiB nic 1 Gbps }
						host b count 100001 { memory 1 GiB nic 1 Gbps }
						host c count 2 { interleave-with c memory 1 GiB nic 1 Gbps }
						host d count 2 { interleave-with c memory 1 GiB nic 1 Gbps }
						vm v { memory 1 GiB on b }
						"""));
	}

	@Test
	void countedHostsTogetherStayWithinTheLimit() {
		assertEquals("ERROR (outOfRange) 'The model's hosts add up to 100001 here, more than 100,000.' at 3:14",
				tester.issues("""
						host a count 60000 { memory 1 GiB nic 1 Gbps }
						host b { memory 1 GiB nic 1 Gbps }
						host c count 40000 { memory 1 GiB nic 1 Gbps }
						"""));
	}

	@Test
	void aTraceGroupNeedsTypesWithMemory() { // parsed from no file: its folder cannot be read either
		assertEquals("""
				ERROR (noVmTypes) 'vms a needs at least one VM type: types [{ mips 1000 memory 1 GiB }].' at 2:5
				ERROR (badTrace) 'Cannot read the traces folder '.': this model is not in a file.' at 2:19
				ERROR (badTrace) 'Cannot read the traces folder '.': this model is not in a file.' at 3:19
				ERROR (noVmTypes) 'vms b needs at least one VM type: types [{ mips 1000 memory 1 GiB }].' at 3:31
				ERROR (badTrace) 'Cannot read the traces folder '.': this model is not in a file.' at 4:19
				ERROR (missingProperty) 'A VM type needs 'memory'.' at 4:32
				ERROR (outOfRange) ''mips' must be at least 1.' at 4:52""",
				tester.issues("""
						host h { memory 8 GiB nic 1 Gbps }
						vms a from traces "." { }
						vms b from traces "." { types [] }
						vms c from traces "." { types [{ mips 10 }, { mips 0 memory 1 GiB }] }
						"""));
	}

	@Test
	void aVmTypeThatFitsNoHostIsAnErrorAtTheType(@TempDir Path dir) throws Exception {
		traces(dir, "day", 2);
		// the fastest host has 2660 MIPS a core and the largest 8 GiB: types 1 and 3 would leave their VMs unplaced
		Model model = load(dir.resolve("m.vmig"), """
				host g4 count 2 { memory 4096 MB nic 1 Gbps cores 2 mips 1860 }
				host g5 { memory 8 GiB nic 1 Gbps cores 2 mips 2660 }
				vms web from traces "day" { types [{ mips 3000 memory 870 MB }, { mips 2660 memory 8 GiB },
					{ memory 9 GiB }] }
				""");
		assertEquals("""
				ERROR (vmTooLarge) 'VM type 1 of vms web requests 3000 MIPS, but the fastest host has 2660.' at 3:43
				ERROR (vmTooLarge) 'VM type 3 of vms web needs 9.00 GiB of memory, but the largest host has 8.00 GiB.' at 4:11""",
				ModelTester.render(validation.validate(model)));
	}

	/** Writes a folder of trace files: {@code ok.txt}'s samples, the i-th file scaled so they differ. */
	private static Path traces(Path dir, String name, int files) throws Exception {
		Path folder = Files.createDirectories(dir.resolve(name));
		for (int i = 0; i < files; i++) {
			Files.writeString(folder.resolve("t" + i), (10 + i) + "\n" + (20 + i) + "\n" + (30 + i) + "\n");
		}
		return folder;
	}

	private Model load(Path file, String text) throws Exception {
		Files.writeString(file, text);
		return (Model) resourceSets.get().getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
	}

	private static final String GROUP = """
			host h count 4 { memory 8 GiB nic 1 Gbps cores 2 mips 3000 }
			vms web from traces "day" { types [{ mips 2500 memory 870 MB }, { mips 500 memory 613 MB vcpus 2 }]
				dirty-rate 32 MiB/s }
			policy p { detector lr 1.2 selection mmt }
			scenario s { simulate using p }
			""";

	@Test
	void aTraceGroupIsOneVmPerFileInNameOrderTypedInCloudSimsBlocks(@TempDir Path dir) throws Exception {
		traces(dir, "day", 5);
		Model model = load(dir.resolve("m.vmig"), GROUP);
		assertEquals("", ModelTester.render(validation.validate(model)));
		List<SimVm> vms = new SimulationMapper(RunOptions.DEFAULTS)
				.input((Simulation) ScenarioRunner.scenarios(model).get(0).getAction()).vms();
		assertEquals(List.of("web-0", "web-1", "web-2", "web-3", "web-4"), vms.stream().map(SimVm::name).toList());
		// 5 VMs, 2 types: blocks of ⌈5 / 2⌉ = 3, as CloudSim's PlanetLabHelper
		assertEquals(List.of(2500.0, 2500.0, 2500.0, 500.0, 500.0), vms.stream().map(SimVm::mipsPerPe).toList());
		assertEquals(List.of(1, 1, 1, 2, 2), vms.stream().map(SimVm::pes).toList());
		assertEquals(613e6, vms.get(4).vm().memoryBytes());
		assertEquals(0.12, vms.get(2).utilisation()[0], 1e-12); // file t2, in name order
		assertEquals(32.0 * 1024 * 1024, vms.get(0).dirtyBytesPerSecondAtFullCpu());
		assertNull(vms.get(0).initialHost(), "the simulation's initial placement puts the VMs");
	}

	@Test
	void aBadFolderOrTraceIsAnErrorAtTheFolder(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("empty"));
		Path bad = traces(dir, "bad", 2);
		Files.writeString(bad.resolve("t1"), "10\nhalf\n");
		Model model = load(dir.resolve("m.vmig"), """
				host h { memory 8 GiB nic 1 Gbps }
				vms a from traces "none" { types [{ memory 1 GiB }] }
				vms b from traces "empty" { types [{ memory 1 GiB }] }
				vms c from traces "bad/" { types [{ memory 1 GiB }] }
				""");
		assertEquals("""
				ERROR (badTrace) 'Cannot read the traces folder 'none': no such folder.' at 2:19
				ERROR (badTrace) 'Cannot read the traces folder 'empty': the folder holds no trace files.' at 3:19
				ERROR (badTrace) 'Trace bad/t1:2: not a whole percentage (one integer 0..100 a line)' at 4:19""",
				ModelTester.render(validation.validate(model)));
	}

	@Test
	void aSimulationOfABadTraceSaysWhichFile(@TempDir Path dir) throws Exception {
		Path day = traces(dir, "day", 2);
		Model model = load(dir.resolve("m.vmig"), GROUP);
		Files.writeString(day.resolve("t1"), "10\n200\n"); // broken after validation, before the run
		var e = assertThrows(ScenarioRunner.ScenarioException.class,
				() -> new ScenarioRunner(RunOptions.DEFAULTS).run(ScenarioRunner.scenarios(model).get(0)));
		assertTrue(e.getMessage().startsWith("vms web: trace day/t1:2:"), e.getMessage());
	}

	/**
	 * Validation parses a group's traces once; the mapping and later validations (the editor's, on every edit) take
	 * the samples while a file keeps its size and time, and read it again once either changes.
	 */
	@Test
	void anUnchangedTraceIsParsedOnceAndAChangedOneAgain(@TempDir Path dir) throws Exception {
		Path t1 = traces(dir, "day", 2).resolve("t1");
		Model model = load(dir.resolve("m.vmig"), GROUP);
		assertEquals("", ModelTester.render(validation.validate(model)));
		FileTime read = Files.getLastModifiedTime(t1);
		Files.writeString(t1, "11\n21\n3x\n"); // as long as before, and broken
		Files.setLastModifiedTime(t1, read);
		assertEquals("", ModelTester.render(validation.validate(model)), "not parsed again");
		assertEquals(0.31, mappedVms(model).get(1).utilisation()[2], 1e-12, "the samples validation parsed");
		Files.setLastModifiedTime(t1, FileTime.from(read.toInstant().plusSeconds(1)));
		assertEquals("ERROR (badTrace) 'Trace day/t1:3: not a whole percentage (one integer 0..100 a line)' at 2:21",
				ModelTester.render(validation.validate(model)));
		Files.writeString(t1, "11\n21\n41\n");
		assertEquals(0.41, mappedVms(model).get(1).utilisation()[2], 1e-12);
	}

	private static List<SimVm> mappedVms(Model model) throws Exception {
		return new SimulationMapper(RunOptions.DEFAULTS)
				.input((Simulation) ScenarioRunner.scenarios(model).get(0).getAction()).vms();
	}

	@Test
	void theTypesChangeTheSimulation(@TempDir Path dir) throws Exception {
		traces(dir, "day", 5);
		double base = energy(load(dir.resolve("a.vmig"), GROUP));
		double smaller = energy(load(dir.resolve("b.vmig"), GROUP.replace("mips 2500", "mips 1500")));
		assertTrue(smaller < base, smaller + " < " + base);
	}

	/**
	 * examples/planetlab.vmig against the engine's own PlanetLab set-up (PlanetLabSetup, what vmmig planetlab runs):
	 * host by host and VM by VM the same machines in the same order.
	 */
	@Test
	void thePlanetLabExampleBuildsTheDataCentreOfVmmigPlanetlab() throws Exception {
		Path example = Path.of("..", "examples", "planetlab.vmig").toAbsolutePath().normalize();
		Model model = (Model) resourceSets.get().getResource(URI.createFileURI(example.toString()), true).getContents()
				.get(0);
		SimulationMapper.Input input = new SimulationMapper(RunOptions.DEFAULTS)
				.input((Simulation) ScenarioRunner.scenarios(model).get(0).getAction());
		PlanetLabSetup setup = PlanetLabSetup.read(example.resolveSibling("../../shared/data/planetlab/20110303").normalize(),
				800, 0);
		assertEquals(setup.hosts.size(), input.hosts().size());
		for (int i = 0; i < setup.hosts.size(); i++) {
			SimHost expected = setup.hosts.get(i);
			SimHost actual = input.hosts().get(i);
			assertEquals((i % 2 == 0 ? "g4-" : "g5-") + i / 2, actual.name());
			assertEquals(List.of(expected.peMips(), (double) expected.pes(), expected.host().memoryBytes(),
					expected.host().nicBytesPerSecond()), List.of(actual.peMips(), (double) actual.pes(),
							actual.host().memoryBytes(), actual.host().nicBytesPerSecond()), actual.name());
			for (int load = 0; load <= 20; load++) {
				assertEquals(expected.power().watts(load / 20.0), actual.power().watts(load / 20.0), actual.name());
			}
		}
		assertEquals(1052, input.vms().size());
		for (int i = 0; i < setup.vms.size(); i++) {
			SimVm expected = setup.vms.get(i);
			SimVm actual = input.vms().get(i);
			assertEquals(List.of(expected.mipsPerPe(), (double) expected.pes(), expected.vm().memoryBytes(),
					expected.reservedBytesPerSecond()), List.of(actual.mipsPerPe(), (double) actual.pes(),
							actual.vm().memoryBytes(), actual.reservedBytesPerSecond()), actual.name());
			assertTrue(java.util.Arrays.equals(expected.utilisation(), actual.utilisation()), actual.name());
			assertNull(actual.initialHost());
		}
	}

	/** Host order decides first fit: interleaved, the second VM (which does not fit beside the first) goes to a G5. */
	@Test
	void interleavingChangesWhereFirstFitPutsVms(@TempDir Path dir) throws Exception {
		traces(dir, "day", 2);
		String model = """
				host g4 count 2 { memory 4 GiB nic 1 Gbps cores 2 mips 1860 power idle 86 W peak 117 W }
				host g5 count 2 { %s memory 4 GiB nic 1 Gbps cores 2 mips 2660 power idle 93.7 W peak 135 W }
				vms web from traces "day" { types [{ mips 1000 memory 3 GiB }] }
				policy p { detector thr 0.9 selection mmt placement first-fit }
				scenario s { simulate using p }
				""";
		double interleaved = energy(load(dir.resolve("a.vmig"), model.formatted("interleave-with g4")));
		double inTurn = energy(load(dir.resolve("b.vmig"), model.formatted("")));
		assertTrue(interleaved > inTurn, interleaved + " J with a G5 host on, " + inTurn + " J with two G4s");
	}

	/**
	 * A VM's NIC bandwidth is reserved on its host's NIC in the time simulation, as CloudSim's bandwidth provisioner
	 * does: two hosts of 1 Gbit/s hold one VM of 600 Mbit/s each (the third stays unplaced), but two of 400 Mbit/s
	 * each. Memory and CPU are plenty.
	 */
	@Test
	void aVmTypesNicIsReservedOnItsHost(@TempDir Path dir) throws Exception {
		traces(dir, "day", 3);
		String model = """
				host h count 2 { memory 64 GiB nic 1 Gbps cores 16 mips 2660 }
				vms web from traces "day" { types [{ mips 100 memory 1 GiB %s }] }
				policy p { detector thr 0.9 selection mmt }
				scenario s { simulate using p }
				""";
		assertEquals(List.of(), unplaced(load(dir.resolve("a.vmig"), model.formatted(""))), "no reservation");
		assertEquals(List.of(), unplaced(load(dir.resolve("b.vmig"), model.formatted("nic 400 Mbps"))));
		assertEquals(List.of("web-2"), unplaced(load(dir.resolve("c.vmig"), model.formatted("nic 600 Mbps"))));
		List<SimVm> vms = new SimulationMapper(RunOptions.DEFAULTS).input((Simulation) ScenarioRunner
				.scenarios(load(dir.resolve("d.vmig"), model.formatted("nic 600 Mbps"))).get(0).getAction()).vms();
		assertEquals(75e6, vms.get(0).reservedBytesPerSecond(), "600 Mbit/s in bytes per second");
	}

	/** A single VM's too, and what the validator says of NICs too slow for what is reserved on them. */
	@Test
	void aVmsNicIsReservedAndCheckedAgainstTheHosts(@TempDir Path dir) throws Exception {
		traces(dir, "day", 1);
		String model = """
				host h count 2 { memory 64 GiB nic 1 Gbps cores 16 mips 2660 }
				vm a { memory 1 GiB mips 100 nic %s }
				vm b { memory 1 GiB mips 100 nic %s }
				vm c { memory 1 GiB mips 100 nic %s }
				policy p { detector thr 0.9 selection mmt }
				scenario s { simulate using p }
				""";
		assertEquals(List.of("c"), unplaced(load(dir.resolve("a.vmig"), model.formatted("600 Mbps", "600 Mbps", "600 Mbps"))));
		assertEquals(List.of(), unplaced(load(dir.resolve("b.vmig"), model.formatted("600 Mbps", "400 Mbps", "600 Mbps"))));
		assertEquals("""
				ERROR (hostOvercommitted) 'host h runs VMs reserving 400.00 MB/s of NIC bandwidth but its NIC has only 125.00 MB/s.' at 1:6
				ERROR (vmTooLarge) 'vm big reserves 250.00 MB/s of NIC bandwidth, but the fastest host's NIC has 125.00 MB/s.' at 2:27
				ERROR (vmTooLarge) 'VM type 1 of vms web reserves 187.50 MB/s of NIC bandwidth, but the fastest host's NIC has 125.00 MB/s.' at 5:55""",
				ModelTester.render(validation.validate(load(dir.resolve("c.vmig"), """
						host h { memory 64 GiB nic 1 Gbps cores 16 mips 2660 }
						vm big { memory 1 GiB nic 2 Gbps on h }
						vm x { memory 1 GiB nic 600 Mbps on h }
						vm y { memory 1 GiB nic 600 Mbps on h }
						vms web from traces "day" { types [{ memory 1 GiB nic 1.5 Gbps }] }
						"""))));
		assertTrue(ModelTester.render(validation.validate(load(dir.resolve("d.vmig"), """
				host h { memory 64 GiB nic 1 Gbps }
				vm v { memory 1 GiB nic 1 GiB }
				"""))).contains("data rate"), "a NIC is a data rate");
	}

	private static List<String> unplaced(Model model) throws Exception {
		return new ScenarioRunner(RunOptions.DEFAULTS).run(ScenarioRunner.scenarios(model).get(0)).simulation()
				.unplaced();
	}

	private static double energy(Model model) throws Exception {
		return new ScenarioRunner(RunOptions.DEFAULTS).run(ScenarioRunner.scenarios(model).get(0)).simulation()
				.energyJoules();
	}
}
