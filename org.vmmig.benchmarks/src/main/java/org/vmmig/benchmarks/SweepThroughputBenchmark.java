package org.vmmig.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.vmmig.dsl.VmigStandaloneSetup;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.sweep.ModelSweep;
import org.vmmig.dsl.sweep.SweepRuns;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.sweep.LocalSweepExecutor;
import org.vmmig.engine.sweep.SweepResults;

/**
 * Sweep throughput on the local executor: runs one sweep of a model with each thread count (after one warm-up
 * sweep) and prints runs per second. Arguments: [model] [sweep] [threads, e.g. 1,2] [repetitions]; defaults:
 * examples/sweeps.vmig, drainTime, 1,2, 3.
 */
public final class SweepThroughputBenchmark {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args.length > 0 ? args[0] : "examples/sweeps.vmig").toAbsolutePath().normalize();
		String name = args.length > 1 ? args[1] : "drainTime";
		int[] threadCounts = Arrays.stream((args.length > 2 ? args[2] : "1,2").split(",")).mapToInt(Integer::parseInt)
				.toArray();
		int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		XtextResourceSet resources = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		Resource resource = resources.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil2.resolveAll(resources);
		Sweep sweep = ModelElements.modelOf(resource).getElements().stream().filter(Sweep.class::isInstance)
				.map(Sweep.class::cast).filter(s -> s.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(file + " has no sweep " + name));
		System.out.printf(Locale.ROOT, "%s, sweep %s, %d cores available%n", file.getFileName(), name,
				Runtime.getRuntime().availableProcessors());
		for (int threads : threadCounts) {
			// a new task each time: every thread loads its own copy of the model, as in a real sweep
			run(ModelSweep.of(sweep, RunOptions.DEFAULTS), threads, "warm-up");
			for (int r = 1; r <= repetitions; r++) {
				run(ModelSweep.of(sweep, RunOptions.DEFAULTS), threads, "run " + r);
			}
		}
	}

	private static void run(ModelSweep sweep, int threads, String what) {
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		SweepResults results = SweepRuns.execute(sweep, new LocalSweepExecutor(threads), o -> {
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (processCpuNanos() - cpuStart) / 1e9;
		int runs = results.outcomes().size();
		System.out.printf(Locale.ROOT,
				"%d thread(s) %-8s %6d runs (%d failed) in %7.2f s: %8.1f runs/s, %.2f ms of CPU per run (load %.1f)%n",
				threads, what, runs, results.failures(), seconds, runs / seconds, cpu * 1000 / runs,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** The CPU time of this process (all threads, the JIT and GC included). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}
}
