package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.vmmig.cli.CommandRun.vmmig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated runbooks checked by the tools of each ecosystem, installed by scripts/install-test-deps.sh:
 * shellcheck on every script, yamllint on every YAML file, ansible-playbook --syntax-check on every playbook, and
 * libvirt's test driver (virsh -c test:///FILE) running the libvirt runbook and the playbook against domains
 * defined where the model says they run.
 */
class GeneratedRunbookToolsTest {

	/** yamllint's defaults, but lines up to 160 characters (a move's virsh options make long lines). */
	private static final String YAMLLINT_CONFIG = "{extends: default, rules: {line-length: {max: 160}}}";

	/** What the test driver answers to a command virsh accepted: it cannot migrate (libvirt 9's messages). */
	private static final List<String> DRIVER_CANNOT = List.of("not supported by the connection driver",
			"Migration APIs with extensible parameters are not supported");

	@TempDir
	static Path out;

	@BeforeAll
	static void generateEverything() {
		for (Path model : GeneratedGoldenTest.MODELS) {
			for (String target : GeneratedGoldenTest.TARGETS) {
				CommandRun run = vmmig("generate", "--target", target, model.toString(), "-o", out.toString());
				assertEquals(0, run.exitCode(), run.err());
			}
		}
	}

	@Test
	void shellcheckFindsNothingInAnyScript() throws Exception {
		List<String> command = new ArrayList<>(List.of(tool("shellcheck"), "--severity=style", "--format=gcc"));
		command.addAll(files(".sh"));
		Result result = run(command, null);
		assertEquals(0, result.exitCode(), result.output());
	}

	@Test
	void yamllintFindsNothingInAnyYamlFile() throws Exception {
		List<String> command = new ArrayList<>(List.of(tool("yamllint"), "--strict", "-f", "parsable", "-d", YAMLLINT_CONFIG));
		command.addAll(files(".yml"));
		command.addAll(files(".yaml"));
		Result result = run(command, null);
		assertEquals(0, result.exitCode(), result.output());
	}

	@Test
	void everyPlaybookPassesAnsiblesSyntaxCheck() throws Exception {
		List<String> command = new ArrayList<>(List.of(tool("ansible-playbook"), "--syntax-check"));
		command.addAll(files(".ansible.yml")); // one run checks them all (Ansible starts slowly)
		Result result = run(command, null);
		assertEquals(0, result.exitCode(), result.output());
		assertEquals(files(".ansible.yml").size(), result.output().lines().filter(l -> l.startsWith("playbook: ")).count(),
				result.output());
	}

	@Test
	void theLibvirtRunbookChecksEachVmAndItsVirshCommandsParse(@TempDir Path temporary) throws Exception {
		Map<String, List<String>> commandsByScript = new LinkedHashMap<>();
		for (String script : files(".libvirt.sh")) {
			Map<String, List<String>> vmsByHost = estate(Files.readString(Path.of(script)));
			Path nodes = Files.createDirectories(temporary.resolve(Path.of(script).getFileName().toString())); // its own estate
			defineNodes(nodes, vmsByHost);
			Result dryRun = run(List.of("bash", script, "--uri-template", "test://" + nodes + "/{host}.xml"), null);
			assertEquals(0, dryRun.exitCode(), script + ":\n" + dryRun.output());
			List<String> commands = dryRun.output().lines().filter(l -> l.startsWith("would run: "))
					.map(l -> l.substring("would run: ".length())).toList();
			assertEquals(2 * vmsByHost.values().stream().mapToInt(List::size).sum(), commands.size(), dryRun.output());
			commandsByScript.put(script, commands);
		}
		assertVirshAccepts(commandsByScript); // all at once: a command virsh accepts may wait 3 s (see below)
	}

	/**
	 * Runs the commands against the test driver, all at once. It cannot migrate: its {@link #DRIVER_CANNOT} answers
	 * are the one failure allowed; an unknown option, a missing option another requires or a bad value fails.
	 * virsh rejects options before it connects, in milliseconds; with --verbose it then waits for a job the test
	 * driver never reports, so a command still running after 3 s has passed option parsing (timeout's exit 124).
	 */
	private static void assertVirshAccepts(Map<String, List<String>> commandsByScript) throws Exception {
		List<String> scripts = new ArrayList<>();
		List<String> commands = new ArrayList<>();
		commandsByScript.forEach((script, list) -> list.forEach(command -> {
			scripts.add(script);
			commands.add(command);
		}));
		List<Process> processes = new ArrayList<>();
		for (String virsh : commands) {
			processes.add(new ProcessBuilder("timeout", "3", "bash", "-c", virsh).redirectErrorStream(true).start());
		}
		for (int i = 0; i < commands.size(); i++) {
			Process process = processes.get(i);
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int code = process.waitFor();
			boolean accepted = code == 0 || code == 124 || DRIVER_CANNOT.stream().anyMatch(output::contains);
			if (!accepted) {
				fail("virsh rejects a command of " + scripts.get(i) + ":\n" + commands.get(i) + "\n" + output);
			}
		}
	}

	@Test
	void theLibvirtRunbookStopsWhenAVmIsNotOnItsSource(@TempDir Path nodes) throws Exception {
		String script = out.resolve("lab-maintenanceH1.libvirt.sh").toString();
		Map<String, List<String>> vmsByHost = estate(Files.readString(Path.of(script)));
		vmsByHost.get("h1").remove("cache");
		defineNodes(nodes, vmsByHost);
		Result result = run(List.of("bash", script, "--uri-template", "test://" + nodes + "/{host}.xml"), null);
		assertNotEquals(0, result.exitCode());
		assertTrue(result.output().contains("step 2: cache is not on h1"), result.output());
		assertTrue(!result.output().contains("step 3") && !result.output().contains("dry run: nothing"), result.output());
	}

	@Test
	void executingStopsAtTheFirstFailureOfAWave(@TempDir Path nodes) throws Exception {
		String script = out.resolve("lab-maintenanceH1.libvirt.sh").toString();
		defineNodes(nodes, estate(Files.readString(Path.of(script))));
		Result result = run(List.of("bash", script, "--execute", "--uri-template", "test://" + nodes + "/{host}.xml"), null);
		assertEquals(1, result.exitCode(), result.output());
		assertTrue(result.output().contains("wave 1 failed: stopping before the next wave"), result.output());
		assertTrue(!result.output().contains("wave 2 of"), result.output());
	}

	@Test
	void thePlaybookRunsItsChecksAgainstTheTestDriver(@TempDir Path nodes) throws Exception {
		String script = out.resolve("lab-maintenanceH1.libvirt.sh").toString();
		defineNodes(nodes, estate(Files.readString(Path.of(script))));
		String playbook = out.resolve("lab-maintenanceH1.ansible.yml").toString();
		String uris = "uri_template=test://" + nodes + "/{host}.xml";
		Result dryRun = run(List.of(tool("ansible-playbook"), playbook, "-e", uris), nodes);
		assertEquals(0, dryRun.exitCode(), dryRun.output());
		assertTrue(dryRun.output().contains("migrate cache test://" + nodes + "/h2.xml --live"), dryRun.output());
		Result execute = run(List.of(tool("ansible-playbook"), playbook, "-e", uris, "-e", "execute=true"), nodes);
		assertNotEquals(0, execute.exitCode(), execute.output());
		assertTrue(execute.output().contains("not supported by the connection driver"), execute.output());
	}

	/** Each source host's VMs, from the runbook's steps ("step N VM SOURCE TARGET ..."), and every target host. */
	static Map<String, List<String>> estate(String runbook) {
		Map<String, List<String>> hosts = new LinkedHashMap<>();
		Matcher step = Pattern.compile("(?m)^step \\d+ (\\S+) (\\S+) (\\S+)").matcher(runbook);
		while (step.find()) {
			hosts.computeIfAbsent(step.group(2), h -> new ArrayList<>()).add(step.group(1));
			hosts.computeIfAbsent(step.group(3), h -> new ArrayList<>());
		}
		return hosts;
	}

	/** A libvirt test-driver node per host, its VMs running there (libvirt's test driver runs the domains it defines). */
	static void defineNodes(Path dir, Map<String, List<String>> vmsByHost) throws IOException {
		for (var host : vmsByHost.entrySet()) {
			StringBuilder xml = new StringBuilder("<node>\n  <cpu><nodes>1</nodes><sockets>1</sockets><cores>8</cores>"
					+ "<threads>1</threads><active>8</active><mhz>2000</mhz><model>x86_64</model></cpu>\n"
					+ "  <memory>67108864</memory>\n");
			for (String vm : host.getValue()) {
				xml.append("  <domain type='test'><name>").append(vm).append("</name><memory unit='MiB'>512</memory>")
						.append("<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>\n");
			}
			Files.writeString(dir.resolve(host.getKey() + ".xml"), xml.append("</node>\n"));
		}
	}

	private static List<String> files(String suffix) throws Exception {
		return GeneratedGoldenTest.list(out).stream().map(Path::toString).filter(n -> n.endsWith(suffix)).toList();
	}

	/** The tool's path, or a failure telling how to install it. */
	static String tool(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			if (Files.isExecutable(Path.of(dir, name))) {
				return Path.of(dir, name).toString();
			}
		}
		return fail(name + " is not installed: run scripts/install-test-deps.sh (as root) to install it from Debian");
	}

	record Result(int exitCode, String output) {
	}

	static Result run(List<String> command, Path workingDirectory) throws Exception {
		if (command.get(0).equals("bash") && command.size() > 1) {
			tool("virsh");
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (workingDirectory != null) {
			builder.directory(workingDirectory.toFile());
		}
		builder.environment().put("ANSIBLE_NOCOLOR", "1");
		builder.environment().put("ANSIBLE_LOCALHOST_WARNING", "false");
		builder.environment().put("ANSIBLE_INVENTORY_UNPARSED_WARNING", "false");
		Process process = builder.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("timed out: " + command);
		}
		return new Result(process.exitValue(), output);
	}
}
