package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** What the editor and {@code vmmig validate} say when a plan does not meet a security requirement the model requires. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class SecurityValidationTest {

	/** A classified VM and an unclassified one leave h1 over an untrusted WAN; %s: the policy's security knobs. */
	private static final String WAN_MOVE = """
			zone secure { trust 2 }
			host h1 { memory 64 GiB nic 1 Gbps zone secure }
			host h2 { memory 64 GiB nic 1 Gbps zone secure }
			network wan1 { kind wan bandwidth 1 Gbps latency 1 ms connects h1, h2 }
			vm db { memory 4 GiB security-level 2 on h1 }
			vm web { memory 2 GiB on h1 }
			policy p { technique pre-copy %s }
			scenario drain { evacuate h1 using p }
			""";

	@Inject
	private ModelTester tester;

	@Test
	void everyRequiredButUnmetRequirementIsFlaggedOnThePolicyWithWhyAndWhatToChange() {
		assertEquals("""
				WARNING (confidentialityInTransitNotMet) 'vm db (h1 to h2): confidentiality in transit not met, required because \
				the VM has a security-level: memory crosses an untrusted path unencrypted; set encryption required in the policy.' at 8:36
				WARNING (integrityAvailabilityNotMet) 'vm db (h1 to h2): integrity and availability not met, required because \
				the VM has a security-level: memory crosses an untrusted path without integrity protection; set encryption required \
				in the policy.' at 8:36
				WARNING (mutualAuthenticationNotMet) 'vm db (h1 to h2): mutual authentication not met, required because the VM \
				has a security-level: source and destination do not authenticate each other; add mutual-authentication to the \
				policy.' at 8:36
				WARNING (nonRepudiationNotMet) 'vm db (h1 to h2): non-repudiation not met, required because the VM has a \
				security-level: the policy keeps no audit trail of migration commands; add audit-trail to the policy.' at 8:36
				WARNING (confidentialityInTransitNotMet) 'vm web (h1 to h2): confidentiality in transit not met, required because \
				the path is untrusted: memory crosses an untrusted path unencrypted; set encryption required in the policy.' at 8:36
				WARNING (mutualAuthenticationNotMet) 'vm web (h1 to h2): mutual authentication not met, required because the \
				path is untrusted: source and destination do not authenticate each other; add mutual-authentication to the \
				policy.' at 8:36""", tester.issues(WAN_MOVE.formatted("")));
	}

	@Test
	void aPolicyThatAuthenticatesAuditsAndEncryptsMeetsThemAll() {
		assertEquals("", tester.issues(WAN_MOVE.formatted("mutual-authentication audit-trail encryption required")));
	}

	@Test
	void onlyTheRequirementsLeftUnmetAreFlagged() {
		assertEquals("""
				WARNING (nonRepudiationNotMet) 'vm db (h1 to h2): non-repudiation not met, required because the VM has a \
				security-level: the policy keeps no audit trail of migration commands; add audit-trail to the policy.' at 8:36""",
				tester.issues(WAN_MOVE.formatted("mutual-authentication encryption required")));
	}

	@Test
	void anAllowRuleNamingAnUnknownZoneIsALinkingErrorAndNothingElse() {
		assertEquals("ERROR (Linking) 'Couldn't resolve reference to Zone 'nowhere'.' at 7:91", tester.issues(
				WAN_MOVE.formatted("mutual-authentication audit-trail encryption required allow nowhere -> secure")));
	}

	@Test
	void postCopyOffAHostPredictedToFailIsFlagged() {
		assertEquals("""
				WARNING (integrityAvailabilityNotMet) 'vm web (h1 to h2): integrity and availability not met, required because \
				the source is predicted to fail: post-copy splits the VM between the hosts, so a failure of either loses it; \
				consider pre-copy.' at 6:42""", tester.issues("""
				host h1 { memory 64 GiB nic 1 Gbps }
				host h2 { memory 64 GiB nic 1 Gbps }
				network lan { bandwidth 1 Gbps latency 0.1 ms connects h1, h2 }
				vm web { memory 2 GiB dirty-rate 50 MiB/s on h1 }
				policy rescue { technique post-copy }
				scenario crash { fail h1 at 10 min using rescue }
				"""));
	}
}
