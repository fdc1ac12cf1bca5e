package org.vmmig.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.vmmig.dsl.VmigStandaloneSetup;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.generator.RunbookGenerator;
import org.vmmig.generator.Target;
import org.vmmig.importer.EstateImport;

import com.google.inject.Injector;

/**
 * The two directions of issue 16 at data-centre scale: {@code vmmig generate} for each target on a generated model
 * (default 800 hosts, 2,000 VMs, an evacuation of 80 hosts), and {@code vmmig import --from libvirt} of a synthetic
 * libvirt estate of the same size written as scripts/capture-libvirt writes one. Prints the wall time of each phase
 * (wall and CPU time: the best, the median, and the first run with a cold JIT) and the output
 * sizes. Usage: {@code scripts/benchmark-generate [hosts] [vms] [evacuated hosts] [repetitions]}.
 */
public final class RunbookScaleBenchmark {

	private RunbookScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 800;
		int vms = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		int evacuated = args.length > 2 ? Integer.parseInt(args[2]) : 80;
		int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 5;
		Injector injector = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		generate(injector, hosts, vms, evacuated, repetitions);
		importEstate(injector, hosts, vms, repetitions);
	}

	private static void generate(Injector injector, int hosts, int vms, int evacuated, int repetitions) throws Exception {
		String text = model(hosts, vms, evacuated);
		Model model = validated(injector, text, "generated model");
		Scenario drain = ScenarioRunner.scenarios(model).get(0);
		System.out.printf(Locale.ROOT, "generate: %d hosts, %d VMs, evacuate %d hosts (%d migrations planned)%n", hosts, vms,
				evacuated, new ScenarioRunner(RunOptions.DEFAULTS).run(drain).plan().migrations().size());
		report("  plan only (ScenarioRunner)", repetitions, () -> new ScenarioRunner(RunOptions.DEFAULTS).run(drain));
		for (Target target : Target.values()) {
			RunbookGenerator.Generated[] last = new RunbookGenerator.Generated[1];
			report("  " + target.id() + " (plan + templates)", repetitions,
					() -> last[0] = new RunbookGenerator(RunOptions.DEFAULTS).generate(model, target, null));
			long bytes = last[0].files().values().stream().mapToLong(String::length).sum();
			System.out.printf(Locale.ROOT, "    %d file(s), %.0f kB, %d warning(s)%n", last[0].files().size(), bytes / 1e3,
					last[0].warnings().size());
		}
	}

	private static void importEstate(Injector injector, int hosts, int vms, int repetitions) throws Exception {
		Path estate = Files.createTempDirectory("vmmig-estate");
		try {
			long files = LibvirtEstate.write(estate, hosts, vms);
			System.out.printf(Locale.ROOT, "import: a libvirt estate of %d hosts, %d domains (%d files)%n", hosts, vms, files);
			EstateImport.Result[] last = new EstateImport.Result[1];
			report("  read the export and write the model", repetitions,
					() -> last[0] = EstateImport.of(injector, "libvirt", List.of(estate), 10e9, 10e9));
			System.out.printf(Locale.ROOT, "    %d hosts, %d VMs, %d lines, %.0f kB%n", last[0].hosts(), last[0].vms(),
					last[0].text().lines().count(), last[0].text().length() / 1e3);
			report("  parse and validate the imported model", repetitions,
					() -> validated(injector, last[0].text(), "imported model"));
		} finally {
			try (Stream<Path> walk = Files.walk(estate)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private interface Step {
		void run() throws Exception;
	}

	/**
	 * Runs a step and prints its wall time and the CPU time of the process (the planner's parallel streams, the JIT and
	 * the garbage collector included): on a machine shared with other builds the wall time waits for a core, the CPU
	 * time does not.
	 */
	private static void report(String what, int repetitions, Step step) throws Exception {
		var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		double[] wall = new double[repetitions];
		double[] cpu = new double[repetitions];
		for (int run = 0; run < repetitions; run++) {
			long start = System.nanoTime();
			long startCpu = process.getProcessCpuTime();
			step.run();
			wall[run] = (System.nanoTime() - start) / 1e9;
			cpu[run] = (process.getProcessCpuTime() - startCpu) / 1e9;
		}
		double firstWall = wall[0];
		double firstCpu = cpu[0];
		Arrays.sort(wall);
		Arrays.sort(cpu);
		System.out.printf(Locale.ROOT,
				"%s: wall best %.3f s, median %.3f s; CPU best %.3f s, median %.3f s; first run %.3f s wall, %.3f s CPU (%d runs)%n",
				what, wall[0], wall[repetitions / 2], cpu[0], cpu[repetitions / 2], firstWall, firstCpu, repetitions);
	}

	/** Parses and validates; refuses a model with errors (a benchmark of a broken model measures nothing). */
	private static Model validated(Injector injector, String text, String what) throws IOException {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("bench.vmig"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		List<Issue> errors = injector.getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("the " + what + " has " + errors.size() + " error(s), e.g. " + errors.get(0));
		}
		return (Model) resource.getContents().get(0);
	}

	/**
	 * Hosts in racks of 40, each rack a network and all of them on a spine; VMs of 4 to 32 GiB spread evenly; a policy
	 * that sets the knobs each target maps (so every template has work), and one evacuation of the first hosts.
	 */
	static String model(int hosts, int vms, int evacuated) {
		StringBuilder text = new StringBuilder(vms * 90);
		for (int h = 0; h < hosts; h++) {
			text.append("host h").append(h).append(" { memory 256 GiB nic 25 Gbps cores 64 }\n");
		}
		for (int rack = 0; rack * 40 < hosts; rack++) {
			text.append("network rack").append(rack).append(" { bandwidth 25 Gbps latency 0.05 ms connects ")
					.append(hostRange(rack * 40, Math.min(hosts, rack * 40 + 40))).append(" }\n");
		}
		text.append("network spine { bandwidth 100 Gbps latency 0.1 ms connects ").append(hostRange(0, hosts)).append(" }\n");
		for (int v = 0; v < vms; v++) {
			text.append("vm v").append(v).append(" { memory ").append(4 + v % 29).append(" GiB dirty-rate ")
					.append(10 + v % 200).append(" MiB/s on h").append(v % hosts).append(" }\n");
		}
		text.append("""
				policy standard { technique pre-copy downtime-limit 300 ms max-rounds 30 auto-converge
				  completion-timeout 10 min then abort bandwidth-cap 8 Gbps streams 4 encryption required
				  max-per-host 2 max-per-link 4 max-per-cluster 32 }
				""");
		text.append("scenario drain { evacuate ").append(hostRange(0, evacuated)).append(" using standard }\n");
		return text.toString();
	}

	private static String hostRange(int from, int to) {
		StringBuilder names = new StringBuilder();
		for (int h = from; h < to; h++) {
			names.append(h == from ? "" : ", ").append('h').append(h);
		}
		return names.toString();
	}
}
