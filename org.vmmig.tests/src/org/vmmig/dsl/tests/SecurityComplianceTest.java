package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.security.SecurityRequirement;

import com.google.inject.Inject;

/**
 * Each of the six security requirements, checked on a one-VM evacuation: what the model says changes the verdict.
 * A verdict is written "status (reason)" plus ", required: need" when the model requires it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class SecurityComplianceTest {

	/** Two hosts, one network, one VM on h1, an evacuation of h1; %s: zones and hosts, network, vm, policy. */
	private static final String MODEL = """
			zone a { trust 2 }
			zone b { trust 2 }
			host h1 { memory 64 GiB nic 1 Gbps %s }
			host h2 { memory 64 GiB nic 1 Gbps %s }
			network n { bandwidth 1 Gbps latency 1 ms %s connects h1, h2 }
			vm v { memory 4 GiB %s on h1 }
			policy p { %s }
			scenario drain { %s h1 %s using p }
			""";

	/**
	 * A VM busy enough that post-copy really switches: post-copy runs the first pass first (decision 0004), and
	 * an idle VM completes within it as pre-copy, leaving nothing at the source.
	 */
	private static final String BUSY = " dirty-rate 50 MiB/s";

	@Inject
	private ModelTester tester;

	private String verdict(SecurityRequirement requirement, String host1, String host2, String network, String vm,
			String policy) {
		return verdict(requirement, host1, host2, network, vm, policy, "evacuate", "");
	}

	private String verdict(SecurityRequirement requirement, String host1, String host2, String network, String vm,
			String policy, String action, String at) {
		Model model = tester.parse(MODEL.formatted(host1, host2, network, vm, policy, action, at));
		ScenarioResult result = new ScenarioRunner(RunOptions.DEFAULTS).runUnder(ScenarioRunner.scenarios(model).get(0),
				ScenarioRunner.scenarios(model).get(0).getAction().getPolicy());
		List<Compliance> rows = result.security().stream().filter(c -> c.requirement() == requirement).toList();
		assertEquals(1, rows.size(), "one row per migration and requirement: " + result.security());
		Compliance c = rows.get(0);
		return c.status().keyword() + " (" + c.reason().keyword() + ")" + (c.required() ? ", required: " + c.need().keyword() : "");
	}

	@Test
	void eachMigrationHasOneVerdictPerRequirementInOrder() throws Exception {
		Model model = tester.parse(MODEL.formatted("", "", "", "", "", "evacuate", ""));
		ScenarioResult result = new ScenarioRunner(RunOptions.DEFAULTS).run(ScenarioRunner.scenarios(model).get(0));
		assertEquals(List.of(SecurityRequirement.values()), result.security().stream().map(Compliance::requirement).toList());
		assertTrue(result.unmetSecurity().isEmpty(), "a plain LAN move of an unclassified VM requires nothing");
	}

	@Test
	void accessControlFollowsThePolicysAllowList() {
		assertEquals("not-applicable (no-zones)",
				verdict(SecurityRequirement.ACCESS_CONTROL, "", "", "", "", ""));
		assertEquals("met (same-zone)",
				verdict(SecurityRequirement.ACCESS_CONTROL, "zone a", "zone a", "", "", ""));
		assertEquals("not-met (uncontrolled-zone-change)",
				verdict(SecurityRequirement.ACCESS_CONTROL, "zone a", "zone b", "", "", ""));
		assertEquals("met (transition-allowed), required: zone-rules",
				verdict(SecurityRequirement.ACCESS_CONTROL, "zone a", "zone b", "", "", "allow a -> b"));
		assertEquals("met (same-zone), required: security-level",
				verdict(SecurityRequirement.ACCESS_CONTROL, "zone a", "zone a", "", "security-level 2", ""));
	}

	@Test
	void mutualAuthenticationIsRequiredOnAnUntrustedPathAndMetWhenThePolicySaysSo() {
		assertEquals("not-met (not-authenticated)",
				verdict(SecurityRequirement.MUTUAL_AUTHENTICATION, "", "", "", "", ""));
		assertEquals("not-met (not-authenticated), required: untrusted-path",
				verdict(SecurityRequirement.MUTUAL_AUTHENTICATION, "", "", "kind wan", "", ""));
		assertEquals("met (authenticated), required: untrusted-path",
				verdict(SecurityRequirement.MUTUAL_AUTHENTICATION, "", "", "kind wan", "", "mutual-authentication"));
		assertEquals("not-met (not-authenticated), required: zone-change",
				verdict(SecurityRequirement.MUTUAL_AUTHENTICATION, "zone a", "zone b", "", "", "allow a -> b"));
	}

	@Test
	void auditTrailGivesNonRepudiation() {
		assertEquals("not-met (not-audited), required: security-level",
				verdict(SecurityRequirement.NON_REPUDIATION, "zone a", "zone a", "", "security-level 1", ""));
		assertEquals("met (audited), required: security-level",
				verdict(SecurityRequirement.NON_REPUDIATION, "zone a", "zone a", "", "security-level 1", "audit-trail"));
	}

	@Test
	void encryptionDecidesConfidentialityInTransitOnAnUntrustedWan() {
		assertEquals("met (trusted-path)",
				verdict(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, "", "", "", "", ""));
		assertEquals("not-met (plaintext-on-untrusted-path), required: untrusted-path",
				verdict(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, "", "", "kind wan", "", ""));
		assertEquals("met (encrypted), required: untrusted-path",
				verdict(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, "", "", "kind wan", "", "encryption required"));
		assertEquals("met (trusted-path)",
				verdict(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, "", "", "kind wan trusted", "", ""));
		assertEquals("not-met (host-cannot-encrypt), required: untrusted-path",
				verdict(SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT, "", "tls off", "kind wan", "", "encryption opportunistic"));
	}

	@Test
	void aDiskOrPagesLeftAtTheSourceBreakConfidentialityBeforeAndAfter() {
		String local = "security-level 1 disk 10 GiB storage local";
		assertEquals("met (nothing-left-at-source), required: security-level",
				verdict(SecurityRequirement.CONFIDENTIALITY_AT_SOURCE, "zone a", "zone a", "", local, ""));
		assertEquals("not-met (disk-left-at-source), required: security-level",
				verdict(SecurityRequirement.CONFIDENTIALITY_AT_SOURCE, "zone a", "zone a", "", local, "move-storage off"));
		assertEquals("not-met (pages-left-at-source), required: security-level",
				verdict(SecurityRequirement.CONFIDENTIALITY_AT_SOURCE, "zone a", "zone a", "", local + BUSY, "technique post-copy"));
	}

	@Test
	void postCopyOffAHostPredictedToFailRisksTheVm() {
		assertEquals("met (source-keeps-vm), required: predicted-failure",
				verdict(SecurityRequirement.INTEGRITY_AVAILABILITY, "", "", "", "", "technique pre-copy", "fail", "at 10 min"));
		assertEquals("not-met (post-copy-risk-window), required: predicted-failure",
				verdict(SecurityRequirement.INTEGRITY_AVAILABILITY, "", "", "", BUSY, "technique post-copy", "fail", "at 10 min"));
		assertEquals("not-met (post-copy-risk-window)",
				verdict(SecurityRequirement.INTEGRITY_AVAILABILITY, "", "", "", BUSY, "technique post-copy"));
		assertEquals("not-met (tamperable-in-transit)",
				verdict(SecurityRequirement.INTEGRITY_AVAILABILITY, "", "", "kind wan", "", ""));
	}
}
