package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vmmig generate as a user runs it: what each target gets from a plan and a policy, and the mistakes refused. */
class GenerateCommandTest {

	private static final String TWO_HOSTS_LEAVE = """
			host h1 { memory 64 GiB  nic 10 Gbps }
			host h2 { memory 64 GiB  nic 10 Gbps }
			host h3 { memory 64 GiB  nic 10 Gbps }
			network lab { bandwidth 10 Gbps  latency 0.2 ms  connects h1, h2, h3 }
			vm a { memory 8 GiB  dirty-rate 20 MiB/s  on h1 }
			vm b { memory 8 GiB  dirty-rate 20 MiB/s  on h1 }
			policy p { technique pre-copy  downtime-limit 200 ms  %s }
			scenario drain { evacuate h1 using p }
			""";

	private static Path model(Path dir, String policyKnobs) throws Exception {
		Path file = dir.resolve("m.vmig");
		Files.writeString(file, TWO_HOSTS_LEAVE.formatted(policyKnobs));
		return file;
	}

	private static String generate(Path dir, String target, String knobs, String suffix) throws Exception {
		Path out = dir.resolve("out-" + target);
		CommandRun run = vmmig("generate", "--target", target, model(dir, knobs).toString(), "-o", out.toString());
		assertEquals(0, run.exitCode(), run.err());
		return Files.readString(out.resolve("m-drain." + suffix));
	}

	private static List<String> names(Path dir) throws Exception {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void theConcurrencyLimitDecidesTheWaves(@TempDir Path dir) throws Exception {
		// one migration per host (Nova's default): a and b leave h1 one after the other
		String serial = generate(dir, "libvirt", "", "libvirt.sh");
		assertTrue(serial.contains("echo \"wave 2 of 2"), serial);
		// two per host: both start at once, in one wave; the playbook's batch holds both
		String parallel = generate(dir, "libvirt", "max-per-host 2", "libvirt.sh");
		assertTrue(parallel.contains("echo \"wave 1 of 1: 2 migrations"), parallel);
		assertTrue(generate(dir, "ansible", "max-per-host 2", "ansible.yml").contains("serial: [2]"));
		assertTrue(generate(dir, "ansible", "", "ansible.yml").contains("serial: [1, 1]"));
		assertTrue(generate(dir, "nova", "max-per-host 2", "nova.conf").contains("max_concurrent_live_migrations = 2"));
	}

	@Test
	void eachTargetRealisesAutoConvergeItsOwnWay(@TempDir Path dir) throws Exception {
		assertFalse(generate(dir, "libvirt", "", "libvirt.sh").contains("--auto-converge"));
		assertTrue(generate(dir, "libvirt", "auto-converge { initial 30 % increment 5 % }", "libvirt.sh")
				.contains("--auto-converge --auto-converge-initial 30 --auto-converge-increment 5"));
		assertTrue(generate(dir, "kubevirt", "auto-converge", "kubevirt.yaml").contains("allowAutoConverge: true"));
		assertTrue(generate(dir, "kubevirt", "", "kubevirt.yaml").contains("allowAutoConverge: false"));
		assertTrue(generate(dir, "nova", "auto-converge", "nova.conf").contains("live_migration_permit_auto_converge = true"));
	}

	@Test
	void theBandwidthCapIsInMibPerSecond(@TempDir Path dir) throws Exception {
		// 8 Gbps = 1e9 B/s = 953.67 MiB/s: virsh and nova.conf take whole MiB/s, rounded down (a cap is never raised)
		assertTrue(generate(dir, "libvirt", "bandwidth-cap 8 Gbps", "libvirt.sh").contains("--bandwidth 953"));
		assertTrue(generate(dir, "nova", "bandwidth-cap 8 Gbps", "nova.conf").contains("live_migration_bandwidth = 953"));
		assertTrue(generate(dir, "kubevirt", "bandwidth-cap 8 Gbps", "kubevirt.yaml").contains("bandwidthPerMigration: 953Mi"));
	}

	@Test
	void theCompletionTimeoutScalesWithMemoryAndItsActionMapsPerTarget(@TempDir Path dir) throws Exception {
		// 100 s per GiB of an 8 GiB VM: 800 s
		String postCopy = generate(dir, "libvirt", "completion-timeout 100 s then switch-to-post-copy", "libvirt.sh");
		assertTrue(postCopy.contains("step 1 a h1 h2 --timeout 800 --timeout-postcopy")
				|| postCopy.contains("--timeout 800 --timeout-postcopy"), postCopy);
		assertTrue(postCopy.contains("--postcopy "), "virsh needs --postcopy for --timeout-postcopy");
		String abort = generate(dir, "libvirt", "completion-timeout 100 s then abort", "libvirt.sh");
		assertTrue(abort.contains("domjobabort") && abort.contains(" 800\n"), abort);
		String nova = generate(dir, "nova", "completion-timeout 100 s then abort", "nova.conf");
		assertTrue(nova.contains("live_migration_completion_timeout = 100\nlive_migration_timeout_action = abort"), nova);
		assertTrue(generate(dir, "kubevirt", "completion-timeout 100 s then abort", "kubevirt.yaml")
				.contains("completionTimeoutPerGiB: 100"));
	}

	@Test
	void aKnobWithoutEquivalentIsNamedInTheOutputAndWarnedOf(@TempDir Path dir) throws Exception {
		for (String target : List.of("libvirt", "ansible", "kubevirt", "nova")) {
			Path out = dir.resolve(target);
			CommandRun run = vmmig("generate", "--target", target, model(dir, "max-rounds 12").toString(), "-o", out.toString());
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.err().contains("warning: scenario drain: 'max-rounds 12' has no " + target + " equivalent"), run.err());
			String all = String.join("\n", names(out).stream().map(n -> read(out.resolve(n))).toList());
			assertTrue(all.contains("#   max-rounds 12: "), target + ":\n" + all);
		}
	}

	@Test
	void aModelWithErrorsGeneratesNothing(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("bad.vmig");
		Files.writeString(file, "host h1 { memory 8 Gbps }\n");
		CommandRun run = vmmig("generate", "--target", "libvirt", file.toString(), "-o", dir.resolve("out").toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("nothing generated: fix the errors above first"), run.err());
		assertEquals(List.of(), names(dir.resolve("out")));
	}

	@Test
	void anInfeasiblePlanGeneratesNothingAndSaysWhy(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("full.vmig");
		Files.writeString(file, """
				host h1 { memory 64 GiB  nic 10 Gbps }
				host h2 { memory 8 GiB  nic 10 Gbps }
				network lab { bandwidth 10 Gbps  latency 0.2 ms  connects h1, h2 }
				vm big { memory 32 GiB  dirty-rate 20 MiB/s  on h1 }
				policy p { technique pre-copy }
				scenario drain { evacuate h1 using p }
				""");
		CommandRun run = vmmig("generate", "--target", "nova", file.toString(), "-o", dir.resolve("out").toString());
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.err().contains("scenario drain: the plan cannot place every VM, so no runbook is written: big: "), run.err());
		assertEquals(List.of(), names(dir.resolve("out")));
	}

	@Test
	void usageMistakesAreExitCode2(@TempDir Path dir) throws Exception {
		Path file = model(dir, "");
		CommandRun target = vmmig("generate", "--target", "vmware", file.toString(), "-o", dir.resolve("o").toString());
		assertEquals(2, target.exitCode());
		assertEquals("vmmig: unknown target 'vmware'; expected one of libvirt, ansible, kubevirt, nova\n", target.err());
		CommandRun scenario = vmmig("generate", "--target", "nova", "--scenario", "nope", file.toString(), "-o",
				dir.resolve("o").toString());
		assertEquals(2, scenario.exitCode());
		assertTrue(scenario.err().contains("no scenario named 'nope'"), scenario.err());
		assertEquals(2, vmmig("generate", "--target", "nova", dir.resolve("missing.vmig").toString()).exitCode());
		assertEquals(List.of(), names(dir.resolve("o")));
	}

	@Test
	void aTimeSimulationHasNoMovesToCarryOut(@TempDir Path dir) throws Exception {
		Path estate = Path.of("..", "golden", "models", "estate.vmig");
		CommandRun all = vmmig("generate", "--target", "libvirt", estate.toString(), "-o", dir.resolve("all").toString());
		assertEquals(0, all.exitCode(), all.err());
		assertTrue(all.out().contains("skipped: ") && all.out().contains("scenario hour simulates over time"), all.out());
		CommandRun named = vmmig("generate", "--target", "libvirt", "--scenario", "hour", estate.toString(), "-o",
				dir.resolve("one").toString());
		assertEquals(1, named.exitCode());
		assertTrue(named.err().contains("scenario hour simulates over time"), named.err());
	}

	@Test
	void shellRunbooksAreExecutable(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("out");
		assertEquals(0, vmmig("generate", "--target", "nova", model(dir, "").toString(), "-o", out.toString()).exitCode());
		assertTrue(Files.isExecutable(out.resolve("m-drain.nova.sh")));
		assertFalse(Files.isExecutable(out.resolve("m-drain.nova.conf")));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
