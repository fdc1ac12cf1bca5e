package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** What an architect is told about a model, asserted as the full list of its diagnostics. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class VmigValidationTest {

	@Inject
	private ModelTester tester;

	@Test
	void aCompleteModelHasNoIssues() {
		assertEquals("", tester.issues("""
				host h1 { memory 64 GiB nic 10 Gbps }
				host h2 { memory 64 GiB nic 10 Gbps }
				network lan { bandwidth 10 Gbps latency 0.2 ms connects h1, h2 }
				vm web { memory 4 GiB dirty-rate 20 MiB/s on h1 }
				policy p { technique pre-copy downtime-limit 300 ms max-rounds 30 bandwidth-cap 8 Gbps }
				scenario drain { evacuate h1 using p }
				"""));
	}

	@Test
	void aQuantityOfTheWrongDimensionNamesBothDimensions() {
		assertEquals("""
				ERROR (wrongDimension) ''memory' expects a data size, but 'Gbps' is a data rate.' at 1:20
				ERROR (wrongDimension) ''latency' expects a duration, but 'GiB' is a data size.' at 2:54""",
				tester.issues("""
						host h1 { memory 8 Gbps nic 1 Gbps }
						network lan { bandwidth 1 Gbps connects h1 latency 3 GiB }
						"""));
	}

	@Test
	void anUnknownUnitListsTheUnitsThatFit() {
		assertEquals("ERROR (unknownUnit) 'Unknown unit 'GIB'. Expected a data size unit: "
				+ "B, KB, MB, GB, TB, KiB, MiB, GiB, TiB.' at 1:20",
				tester.issues("host h1 { memory 8 GIB nic 1 Gbps }"));
	}

	@Test
	void missingPropertiesAndDanglingReferencesAreErrors() {
		assertEquals("""
				ERROR (missingProperty) 'host h1 needs 'nic'.' at 1:6
				ERROR (Linking) 'Couldn't resolve reference to Host 'h9'.' at 2:43""", tester.issues("""
				host h1 { memory 8 GiB }
				vm a { memory 1 GiB dirty-rate 0 MiB/s on h9 }
				"""));
	}

	@Test
	void duplicateNamesAreErrors() {
		assertEquals("""
				ERROR (duplicateName) 'Duplicate name 'h1': also the host at line 2.' at 1:6
				ERROR (duplicateName) 'Duplicate name 'h1': also the host at line 1.' at 2:6""", tester.issues("""
				host h1 { memory 8 GiB nic 1 Gbps }
				host h1 { memory 8 GiB nic 1 Gbps }
				"""));
	}

	@Test
	void aVmAskingMoreCpuThanAnyHostHasIsAnError() {
		assertEquals("ERROR (vmTooLarge) 'vm big requests 3000 MIPS, but the fastest host has 2660.' at 2:34",
				tester.issues("""
						host h1 { memory 64 GiB nic 10 Gbps mips 2660 }
						vm big { memory 1 GiB on h1 mips 3000 }
						"""));
	}

	@Test
	void aVmLargerThanEveryHostAndAnOvercommittedHostAreErrors() {
		assertEquals("""
				ERROR (hostOvercommitted) 'host h1 runs VMs with 80.00 GiB of memory but has only 64.00 GiB.' at 1:6
				ERROR (vmTooLarge) 'vm big needs 80.00 GiB of memory, but the largest host has 64.00 GiB.' at 2:17""",
				tester.issues("""
						host h1 { memory 64 GiB nic 10 Gbps }
						vm big { memory 80 GiB on h1 }
						"""));
	}

	@Test
	void theEngineWarnsWhenPreCopyCannotConverge() {
		// 200 MB/s of dirtying against a 1 Gbit/s (125 MB/s) link: every round re-sends more than it sent.
		assertEquals("WARNING (notConverging) 'Pre-copy of vm busy will not converge: its dirty rate is 200.00 MB/s "
				+ "against 125.00 MB/s usable; consider post-copy, auto-converge or a higher bandwidth cap.' at 6:36",
				tester.issues("""
						host h1 { memory 64 GiB nic 1 Gbps }
						host h2 { memory 64 GiB nic 1 Gbps }
						network lan { bandwidth 1 Gbps connects h1, h2 }
						vm busy { memory 4 GiB dirty-rate 200 MB/s on h1 }
						policy p { technique pre-copy }
						scenario drain { evacuate h1 using p }
						"""));
	}

	/**
	 * An idle 4 GiB VM over 1 Gbit/s: one copy of 4 GiB with 8-byte page headers and a 1 MiB device state; QEMU
	 * stops at the sync that finds the rest of that copy below its 300 ms threshold and sends the rest paused.
	 */
	private static final String IDLE_VM_WITH_SLA = """
			host h1 { memory 64 GiB nic 1 Gbps }
			host h2 { memory 64 GiB nic 1 Gbps }
			network lan { bandwidth 1 Gbps connects h1, h2 }
			vm quiet { memory 4 GiB on h1 sla { %s } }
			policy p { technique pre-copy }
			scenario drain { evacuate h1 using p }
			""";

	@Test
	void aMigrationThatBreaksAVmsSlaIsFlaggedWithTheLimitAndThePrediction() {
		// pause: the rest of the copy, the threshold less half a 100 ms window (0.3 s − 0.05 s) at 125 MB/s, the
		// device state included = 250 ms; arrival: (4 GiB × 4104/4096 + 1 MiB) / 125 MB/s = 34.4 s
		assertEquals("""
				WARNING (slaDeadlineBreached) 'vm quiet would arrive after 34.44 s, later than its SLA's deadline 30.00 s; \
				consider more bandwidth, more concurrent migrations or post-copy.' at 6:36
				WARNING (slaDowntimeBreached) 'vm quiet would be paused 250 ms, more than its SLA's max-downtime 5 ms; \
				consider post-copy, a higher bandwidth cap or a lower downtime-limit.' at 6:36""",
				tester.issues(IDLE_VM_WITH_SLA.formatted("max-downtime 5 ms deadline 30 s max-degradation 1 %")));
	}

	@Test
	void promisesThePlanKeepsAreNotFlagged() {
		assertEquals("", tester.issues(IDLE_VM_WITH_SLA.formatted("max-downtime 300 ms deadline 40 s max-degradation 0 %")));
	}

	@Test
	void theEngineWarnsWhenAnEvacuationCannotPlaceEveryVm() {
		assertEquals("WARNING (evacuationInfeasible) 'Evacuation of h1 is infeasible: vm db cannot be placed "
				+ "(needs 48.00 GiB, largest free memory is 32.00 GiB on h2).' at 5:40", tester.issues("""
				host h1 { memory 64 GiB nic 10 Gbps }
				host h2 { memory 32 GiB nic 10 Gbps }
				network lan { bandwidth 10 Gbps connects h1, h2 }
				vm db { memory 48 GiB on h1 }
				policy p { } scenario drain { evacuate h1 using p }
				"""));
	}

	@Test
	void policyKnobsThatContradictEachOtherOrDoNothingAreFlagged() {
		assertEquals("""
				ERROR (outOfRange) ''downtime-max' must not be below 'downtime-limit': the limit only steps up.' at 2:34
				WARNING (ineffectiveSetting) ''auto-converge' has no effect here: post-copy switches after the first pass, before auto-converge could throttle.' at 3:2
				WARNING (ineffectiveSetting) ''hybrid-rounds' has no effect here: the technique is not hybrid.' at 3:30
				ERROR (outOfRange) 'A compression 'ratio' below 1 would make data larger; use at least 1.' at 4:20
				ERROR (outOfRange) ''delta' is a share and cannot exceed 100 %.' at 5:27""", tester.issues("""
				policy p { technique post-copy
					downtime-limit 1 s downtime-max 500 ms
					auto-converge hybrid-rounds 2
					compression ratio 0.5 speed 100 MB/s
					xbzrle cache 1 GiB delta 150 %
				}
				"""));
	}

	@Test
	void aVmAboveItsZonesTrustIsAnErrorAndASameZoneRuleIsPointless() {
		assertEquals("""
				ERROR (aboveZoneTrust) 'vm vault has security level 3 but runs on h2, in zone dmz of trust 1.' at 6:46
				WARNING (ineffectiveSetting) 'Moves within zone dmz are always allowed; this rule has no effect.' at 7:25""",
				tester.issues("""
						zone secure { trust 3 }
						zone dmz { trust 1 }
						host h1 { memory 64 GiB nic 10 Gbps zone secure }
						host h2 { memory 64 GiB nic 10 Gbps zone dmz }
						network lan { bandwidth 10 Gbps connects h1, h2 }
						vm vault { memory 8 GiB on h2 security-level 3 }
						policy p { allow dmz -> dmz }
						"""));
	}

	@Test
	void aPredictedFailureThatComesBeforeTheEvacuationEndsIsFlagged() {
		// 2 × 16 GiB of idle memory over 1 Gbit/s: about 137.7 s each, so the second ends after the failure at 3 min
		assertEquals("WARNING (deadlineMissed) '1 VM(s) would still be moving at the predicted failure (180.00 s; the "
				+ "plan takes 275.43 s): b. Consider more bandwidth, post-copy or moving the largest VMs elsewhere first.' "
				+ "at 5:29", tester.issues("""
						host h1 { memory 64 GiB nic 1 Gbps } host h2 { memory 64 GiB nic 1 Gbps }
						network lan { bandwidth 1 Gbps connects h1, h2 }
						vm a { memory 16 GiB on h1 } vm b { memory 16 GiB on h1 }
						policy p { }
						scenario crash { fail h1 at 3 min using p }
						"""));
	}

	@Test
	void scenariosCanEvacuateSeveralHostsAndNameOtherObjectives() {
		assertEquals("", tester.issues("""
				host h1 { memory 64 GiB nic 10 Gbps } host h2 { memory 64 GiB nic 10 Gbps } host h3 { memory 64 GiB nic 10 Gbps }
				network lan { bandwidth 10 Gbps connects h1, h2, h3 }
				vm a { memory 16 GiB on h1 } vm b { memory 16 GiB on h2 }
				policy p { }
				scenario drain { evacuate h1, h2 by 10 min using p }
				scenario pack { consolidate using p }
				scenario spread { rebalance using p }
				scenario day { simulate using p horizon 24 h step 5 min seed 42 }
				"""));
	}

	@Test
	void requiredEncryptionToAHostThatCannotEncryptLeavesTheVmWithoutAPlace() {
		assertEquals("WARNING (evacuationInfeasible) 'Evacuation of h1 is infeasible: vm a cannot be placed (no host it "
				+ "may move to (required encryption is impossible: h2 cannot encrypt migrations)).' at 5:27",
				tester.issues("""
						host h1 { memory 64 GiB nic 10 Gbps } host h2 { memory 64 GiB nic 10 Gbps tls off }
						network lan { bandwidth 10 Gbps connects h1, h2 }
						vm a { memory 4 GiB on h1 }
						policy secure { encryption required }
						scenario drain { evacuate h1 using secure }
						"""));
	}

	@Test
	void wordsOfTheLanguageCanStillBeUsedAsNames() {
		assertEquals("", tester.issues("""
				host local { memory 8 GiB nic 1 Gbps }
				network lan { bandwidth 1 Gbps connects local }
				vm cache { memory 1 GiB on local }
				"""));
	}

	@Test
	void aSyntaxErrorIsReportedWhereItIsAndTheRestOfTheModelIsStillChecked() {
		assertEquals("""
				ERROR (missingProperty) 'host h1 needs 'nic'.' at 1:6
				ERROR (Syntax) 'mismatched input '}' expecting RULE_INT' at 1:18
				ERROR (Syntax) 'no viable alternative at input '<EOF>'' at 1:19""", tester.issues("host h1 { memory } "));
	}
}
