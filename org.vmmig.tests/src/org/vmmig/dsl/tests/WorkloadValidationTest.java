package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.dsl.vmig.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Consolidation inputs: sites, storage pools, power models, SLAs, groups, detectors and CPU traces. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class WorkloadValidationTest {

	@Inject
	private ModelTester tester;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void aCompleteConsolidationSetUpHasNoIssues() {
		assertEquals("", tester.issues("""
				site paris { location "Paris, FR" }
				storage-pool nas { kind shared capacity 200 TiB bandwidth 40 Gbps }
				host g4 { memory 4 GiB nic 1 Gbps cores 2 mips 1860 site paris storage-pool nas
				          power specpower [86 W, 89.4 W, 92.6 W, 96 W, 99.5 W, 102 W, 106 W, 108 W, 112 W, 114 W, 117 W] }
				host g5 { memory 4 GiB nic 1 Gbps cores 2 mips 2660 power idle 93.7 W peak 135 W }
				vm a { memory 870 MB vcpus 1 mips 2500 on g4 sla { max-downtime 1 s max-degradation 10 % deadline 2 h } }
				vm b { memory 613 MB vcpus 1 mips 500 on g5 }
				group web { members a, b anti-affinity }
				policy consolidate { objective power-management detector lrr 1.2 underload 20 % selection mmt
				                     placement power-aware-best-fit max-per-host 2 max-per-link 4 max-per-cluster 50 }
				"""));
	}

	@Test
	void powerModelsDetectorsAndGroupsAreChecked() {
		assertEquals("""
				ERROR (outOfRange) 'A SPECpower table has 11 points (0 %, 10 %, … 100 % load), not 2.' at 1:51
				ERROR (outOfRange) ''peak' power must not be below 'idle' power.' at 2:56
				WARNING (ineffectiveSetting) 'An (anti-)affinity rule needs at least two members.' at 4:7
				ERROR (outOfRange) 'The thr detector's parameter must be between 0.01 and 1.0, not 1.5.' at 5:25""",
				tester.issues("""
						host a { memory 8 GiB nic 1 Gbps power specpower [90 W, 80 W] }
						host b { memory 8 GiB nic 1 Gbps power idle 100 W peak 90 W }
						vm v { memory 1 GiB on a }
						group g { members v affinity }
						policy p { detector thr 1.5 }
						"""));
	}

	@Test
	void aDirtyRateProfileNeedsDurationsForAllButItsLastPhase() {
		assertEquals("""
				ERROR (missingProperty) 'Every phase but the last needs 'for <duration>'.' at 2:41
				WARNING (ineffectiveSetting) 'The last phase lasts until the migration ends; its 'for' has no effect.' at 2:52""",
				tester.issues("""
						host h { memory 8 GiB nic 1 Gbps }
						vm v { memory 1 GiB on h dirty-profile [300 MiB/s, 20 MiB/s for 5 min] }
						"""));
	}

	@Test
	void aCpuTraceMustBeAReadablePlanetLabFile(@TempDir Path dir) throws Exception {
		Files.copy(Path.of("resources", "traces", "ok.txt"), dir.resolve("ok.txt"));
		Files.copy(Path.of("resources", "traces", "bad.txt"), dir.resolve("bad.txt"));
		Path model = dir.resolve("traced.vmig");
		Files.writeString(model, """
				host h { memory 8 GiB nic 1 Gbps }
				vm good { memory 1 GiB trace "ok.txt" on h }
				vm broken { memory 1 GiB trace "bad.txt" on h }
				vm missing { memory 1 GiB trace "none.txt" on h }
				""");
		Model parsed = (Model) resourceSets.get().getResource(URI.createFileURI(model.toString()), true).getContents()
				.get(0);
		assertEquals("""
				ERROR (badTrace) 'Trace bad.txt:3: not a whole percentage (one integer 0..100 a line)' at 3:32
				ERROR (badTrace) 'Cannot read the trace 'none.txt': no such file (relative to this file).' at 4:33""",
				ModelTester.render(validation.validate(parsed)));
	}

	/** A VM's trace is parsed once while it keeps its size and time, as a group's (TraceCache); then again. */
	@Test
	void anUnchangedTraceIsNotParsedAgain(@TempDir Path dir) throws Exception {
		Path trace = Files.writeString(dir.resolve("t.txt"), "10\n20\n");
		Path model = dir.resolve("traced.vmig");
		Files.writeString(model, """
				host h { memory 8 GiB nic 1 Gbps }
				vm v { memory 1 GiB trace "t.txt" on h }
				""");
		Model parsed = (Model) resourceSets.get().getResource(URI.createFileURI(model.toString()), true).getContents()
				.get(0);
		assertEquals("", ModelTester.render(validation.validate(parsed)));
		FileTime read = Files.getLastModifiedTime(trace);
		Files.writeString(trace, "10\n2x\n"); // as long as before, and broken
		Files.setLastModifiedTime(trace, read);
		assertEquals("", ModelTester.render(validation.validate(parsed)), "not parsed again");
		Files.setLastModifiedTime(trace, FileTime.from(read.toInstant().plusSeconds(1)));
		assertEquals("ERROR (badTrace) 'Trace t.txt:2: not a whole percentage (one integer 0..100 a line)' at 2:27",
				ModelTester.render(validation.validate(parsed)));
	}

	@Test
	void whatTheSimulationCannotRunIsAnErrorWhereTheModelSaysIt() {
		assertEquals("""
				ERROR (outOfRange) 'A simulation of 3600000000000 scheduling steps is more than 10 million; use a longer \
				step or a shorter horizon.' at 3:48
				ERROR (outOfRange) ''step' must be greater than zero.' at 4:48
				ERROR (outOfRange) ''memory' is too large to compute with.' at 5:18""",
				tester.issues("""
						host h1 { memory 8 GiB nic 1 Gbps } vm v { memory 1 GiB on h1 }
						policy p { }
						scenario s { simulate using p horizon 1 h step 1 ns }
						scenario z { simulate using p horizon 1 h step 0 s }
						host h2 { memory 9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999 GiB nic 1 Gbps }
						"""));
	}

	@Test
	void aScenarioThatPlacesVmsNeedsAHost() {
		assertEquals("ERROR (missingProperty) 'This scenario needs at least one host in the model (or the files it "
				+ "imports).' at 2:10", tester.issues("""
						policy p { }
						scenario s { simulate using p }
						"""));
	}
}
