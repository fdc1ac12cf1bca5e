package org.vmmig.cli;

import static org.vmmig.cli.CommandRun.vmmig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What simulate and report say about the security requirements of a move over an untrusted WAN. */
class SecurityCommandsTest {

	/** %s: the policy's security knobs. */
	private static final String WAN_MOVE = """
			host h1 { memory 64 GiB nic 1 Gbps }
			host h2 { memory 64 GiB nic 1 Gbps }
			network wan1 { kind wan bandwidth 1 Gbps latency 1 ms connects h1, h2 }
			vm web { memory 2 GiB on h1 }
			policy p { technique pre-copy %s }
			scenario drain { evacuate h1 using p }
			""";



	@Test
	void simulatePrintsEveryRequiredRequirementThePlanDoesNotMeetAndTheDocumentListsEveryVerdict(@TempDir Path dir)
			throws Exception {
		Path model = dir.resolve("wan.vmig");
		Files.writeString(model, WAN_MOVE.formatted(""));
		CommandRun run = vmmig("simulate", model.toString(), "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("  SECURITY NOT MET: vm web (h1 to h2): confidentiality in transit not met, required "
				+ "because the path is untrusted: memory crosses an untrusted path unencrypted; set encryption required in "
				+ "the policy."), run.out());
		assertTrue(run.out().contains("  SECURITY NOT MET: vm web (h1 to h2): mutual authentication not met"), run.out());
		String json = Files.readString(dir.resolve("out").resolve("wan-drain.json")).replaceAll("\\s", "");
		assertTrue(json.contains("{\"vm\":\"web\",\"from\":\"h1\",\"to\":\"h2\",\"requirement\":\"confidentiality-in-transit\","
				+ "\"status\":\"not-met\",\"reason\":\"plaintext-on-untrusted-path\",\"required\":true,"
				+ "\"requiredBecause\":\"untrusted-path\"}"), json);
	}

	@Test
	void encryptionAndMutualAuthenticationSilenceThem(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("wan.vmig");
		Files.writeString(model, WAN_MOVE.formatted("encryption required mutual-authentication"));
		CommandRun run = vmmig("simulate", model.toString(), "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertFalse(run.out().contains("SECURITY NOT MET"), run.out());
	}

	@Test
	void theReportHasASecurityTableWithOneColumnPerRequirementAndASummaryCount(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("wan.vmig");
		Files.writeString(model, WAN_MOVE.formatted(""));
		Path output = dir.resolve("out");
		CommandRun run = vmmig("report", model.toString(), "--format", "csv", "-o", output.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		List<String> security = Files.readAllLines(output.resolve("wan-drain-security.csv"));
		assertEquals(List.of("vm,source,target,access-control,mutual-authentication,non-repudiation,"
				+ "confidentiality-in-transit,confidentiality-at-source,integrity-availability,unmet required",
				"web,h1,h2,not-applicable (no-zones),\"not-met (not-authenticated), required: untrusted-path\","
						+ "not-met (not-audited),\"not-met (plaintext-on-untrusted-path), required: untrusted-path\","
						+ "met (nothing-left-at-source),not-met (tamperable-in-transit),2"), security);
		List<String> summary = Files.readAllLines(output.resolve("wan-drain-summary.csv"));
		assertTrue(summary.get(1).endsWith(",0,2"), "no SLA breach, 2 security requirements unmet: " + summary);
	}
}
