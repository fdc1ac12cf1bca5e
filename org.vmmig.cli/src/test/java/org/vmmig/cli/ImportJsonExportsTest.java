package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vmmig import --from kubevirt and --from openstack. The exports in src/test/resources/import/kubevirt and
 * import/openstack are written by hand in the documented shapes of 'kubectl get nodes,vmi -o json' and the openstack
 * client's '--long -f json' lists (no cluster or cloud is reachable here); the libvirt one is captured (ImportCommandTest).
 */
class ImportJsonExportsTest {

	private static final Path IMPORT = Path.of("src", "test", "resources", "import");
	private static final Path KUBEVIRT = IMPORT.resolve("kubevirt").resolve("nodes-vmi.json");
	private static final List<Path> OPENSTACK = List.of(IMPORT.resolve("openstack/hypervisors.json"),
			IMPORT.resolve("openstack/servers.json"), IMPORT.resolve("openstack/flavors.json"));

	@Test
	void kubevirtNodesAndRunningVmisBecomeHostsAndVms(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("k.vmig");
		CommandRun run = vmmig("import", "--from", "kubevirt", KUBEVIRT.toString(), "-o", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(Files.readString(IMPORT.resolve("kubevirt.expected.vmig")), Files.readString(model));
		assertTrue(run.out().contains("(2 hosts, 2 VMs)"), "the pending VMI runs nowhere: " + run.out());
	}

	@Test
	void openstackHypervisorsServersAndFlavorsInAnyOrder(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("o.vmig");
		CommandRun run = vmmig("import", "--from", "openstack", OPENSTACK.get(2).toString(), OPENSTACK.get(0).toString(),
				OPENSTACK.get(1).toString(), "-o", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		String text = Files.readString(model);
		assertEquals(Files.readString(IMPORT.resolve("openstack.expected.vmig")), text.replaceFirst("export [^\\n]*\\.", "export ."));
		assertFalse(text.contains("old_1"), "a SHUTOFF server is not live-migrated");
	}

	@Test
	void withoutFlavorsTheServersMemoryIsAPlaceholderTheValidatorReports(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("o.vmig");
		CommandRun run = vmmig("import", "--from", "openstack", OPENSTACK.get(0).toString(), OPENSTACK.get(1).toString(),
				"-o", model.toString(), "--nic", "25Gbps", "--network-bandwidth", "25Gbps");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.err().contains("error: vm app_1 needs 'memory'."), run.err());
		assertTrue(Files.readString(model).contains("//   - the memory of app-1 (give 'openstack flavor list --long -f json' as well)"));
	}

	@Test
	void anImportedKubevirtEstateGeneratesKubevirtManifests(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("k.vmig");
		assertEquals(0, vmmig("import", "--from", "kubevirt", KUBEVIRT.toString(), "-o", model.toString(), "--nic", "25Gbps",
				"--network-bandwidth", "25Gbps").exitCode());
		Files.writeString(model, Files.readString(model) + """
				policy p { technique pre-copy  auto-converge  bandwidth-cap 1 Gbps }
				scenario drain { evacuate worker_1 using p }
				""");
		CommandRun run = vmmig("generate", "--target", "kubevirt", model.toString(), "-o", dir.toString());
		assertEquals(0, run.exitCode(), run.err());
		String yaml = Files.readString(dir.resolve("k-drain.kubevirt.yaml"));
		assertTrue(yaml.contains("vmiName: db-1") && yaml.contains("vmiName: web-1"), "the VMIs' own names: " + yaml);
		assertTrue(yaml.contains("kubernetes.io/hostname: worker-2"), yaml);
	}

	@Test
	void brokenExportsAreRefusedNamingTheFileAndWhatWasExpected(@TempDir Path dir) throws Exception {
		Path truncated = dir.resolve("truncated.json");
		String full = Files.readString(KUBEVIRT);
		Files.writeString(truncated, full.substring(0, full.length() / 2));
		assertRefused(dir, "kubevirt", List.of(truncated), truncated + ": expected the output of 'kubectl get nodes,vmi -o json'");
		assertRefused(dir, "kubevirt", List.of(truncated), "not complete, valid JSON (truncated?)");

		Path version = dir.resolve("version.json");
		Files.writeString(version, full.replace("kubevirt.io/v1", "kubevirt.io/v2beta1"));
		assertRefused(dir, "kubevirt", List.of(version), "is a VirtualMachineInstance of apiVersion 'kubevirt.io/v2beta1'; expected one of [kubevirt.io/v1, kubevirt.io/v1alpha3]");

		assertRefused(dir, "kubevirt", List.of(OPENSTACK.get(0)), "expected the output of 'kubectl get nodes,vmi -o json' (a v1 List of Node and VirtualMachineInstance), found a JSON array");
		assertRefused(dir, "openstack", List.of(KUBEVIRT, OPENSTACK.get(1)), "expected the output of 'openstack hypervisor list --long -f json' or");
		assertRefused(dir, "openstack", List.of(OPENSTACK.get(1)), "missing: the hypervisor list");
	}

	@Test
	void hostileExportsAreRefusedWithTheLineAndColumnOrTheMemberAtFault(@TempDir Path dir) throws Exception {
		Path truncated = dir.resolve("truncated.json");
		Files.writeString(truncated, "{\n  \"kind\": \"List\",\n  \"items\": [\n    {\"kind\": ");
		assertRefused(dir, "kubevirt", List.of(truncated), "not complete, valid JSON (truncated?) at line 4, column ");

		Path deep = dir.resolve("deep.json");
		Files.writeString(deep, "[".repeat(5000) + "]".repeat(5000));
		assertRefused(dir, "kubevirt", List.of(deep), deep + ": expected the output of 'kubectl get nodes,vmi -o json'");
		assertRefused(dir, "kubevirt", List.of(deep), "at line 1, column 1001: Document nesting depth (1001) exceeds the maximum allowed (1000)");

		Path huge = dir.resolve("huge.json");
		Files.writeString(huge, "[" + "9".repeat(5000) + "]");
		assertRefused(dir, "openstack", List.of(huge, OPENSTACK.get(1)), "at line 1, column 2: Number value length (5000) exceeds the maximum allowed (1000)");

		Path cores = dir.resolve("cores.json");
		Files.writeString(cores, Files.readString(KUBEVIRT).replace("\"cores\": 4", "\"cores\": \"four\""));
		assertRefused(dir, "kubevirt", List.of(cores), "(db-1): spec.domain.cpu.cores should be a whole number, found \"four\"");

		Path memory = dir.resolve("hypervisors.json");
		Files.writeString(memory, Files.readString(OPENSTACK.get(0)).replaceFirst("\"Memory MB\": \\d+", "\"Memory MB\": [1]"));
		assertRefused(dir, "openstack", List.of(memory, OPENSTACK.get(1)), memory + ": row 1: 'Memory MB' should be a number, found [1]");
	}

	private static void assertRefused(Path dir, String kind, List<Path> files, String message) {
		List<String> args = new java.util.ArrayList<>(List.of("import", "--from", kind));
		files.forEach(f -> args.add(f.toString()));
		args.addAll(List.of("-o", dir.resolve("m.vmig").toString()));
		CommandRun run = vmmig(args.toArray(String[]::new));
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains(message), run.err());
		assertFalse(Files.exists(dir.resolve("m.vmig")), "no half-written model");
	}
}
