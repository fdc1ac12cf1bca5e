package org.vmmig.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.PlanetLabSetup;
import org.vmmig.engine.sim.PolicyLabels;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepTask;
import org.vmmig.engine.trace.CpuTrace;

/**
 * Beloglazov and Buyya's PlanetLab experiment (as {@code vmmig planetlab}, CloudSim's rules and timing) for every
 * day × policy: run {@code index} is day {@code index / policies}, policy {@code index % policies}. The days' traces
 * travel inside the task ({@link FolderSnapshot}), so executors need no shared file system; each executor reads a
 * day's traces once and reuses them for every policy it runs on that day.
 *
 * <p>{@link #main} is what {@code spark-submit} runs (docs/scale-out.md).
 */
public final class PlanetLabSweep implements SweepTask<PolicyDay> {

	private static final long serialVersionUID = 1L;

	@SuppressWarnings("serial") // a List.copyOf, which serializes
	private final List<FolderSnapshot> days;
	@SuppressWarnings("serial") // a List.copyOf, which serializes
	private final List<String> policies;
	private final int hosts;
	/** Per JVM: each day's hosts and VMs, read from its traces on first use. */
	private transient Map<String, PlanetLabSetup> setups;

	public PlanetLabSweep(List<FolderSnapshot> days, List<String> policies, int hosts) {
		if (days.isEmpty() || policies.isEmpty()) throw new IllegalArgumentException("a sweep needs a day and a policy");
		this.days = List.copyOf(days);
		this.policies = List.copyOf(policies);
		this.hosts = hosts;
	}

	/** Reads the trace folders {@code dayFolders} (e.g. ../shared/data/planetlab/20110303) into a sweep. */
	public static PlanetLabSweep of(List<Path> dayFolders, List<String> policies, int hosts) throws IOException {
		List<FolderSnapshot> days = new ArrayList<>();
		for (Path folder : dayFolders) days.add(FolderSnapshot.of(folder));
		return new PlanetLabSweep(days, policies, hosts);
	}

	public int count() {
		return days.size() * policies.size();
	}

	@Override
	public PolicyDay run(int index) throws IOException, CpuTrace.FormatException {
		FolderSnapshot day = days.get(index / policies.size());
		String policy = policies.get(index % policies.size());
		var settings = PolicyLabels.settings(policy); // a bad label fails this run only, with the reason
		PlanetLabSetup setup = setup(day);
		return PolicyDay.of(day.name(), ConsolidationSimulator.run(setup.hosts, setup.vms, settings));
	}

	private synchronized PlanetLabSetup setup(FolderSnapshot day) throws IOException, CpuTrace.FormatException {
		if (setups == null) setups = new HashMap<>();
		PlanetLabSetup setup = setups.get(day.name());
		if (setup == null) {
			setup = PlanetLabSetup.read(day.folder(), hosts, 0);
			setups.put(day.name(), setup);
		}
		return setup;
	}

	/**
	 * {@code spark-submit --class org.vmmig.spark.PlanetLabSweep vmmig-spark.jar [--policy P,P…] [--hosts N] DAY…}:
	 * prints one row per day × policy.
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> policies = List.of("THR-MMT-0.8", "IQR-MMT-1.5", "MAD-MMT-2.5", "LR-MMT-1.2", "LRR-MMT-1.2");
		int hosts = 800;
		String master = null;
		List<Path> days = new ArrayList<>();
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--policy" -> policies = List.of(value(args, ++i, "--policy").split(","));
					case "--hosts" -> hosts = Integer.parseInt(value(args, ++i, "--hosts"));
					case "--master" -> master = value(args, ++i, "--master");
					default -> days.add(Path.of(args[i]));
				}
			}
			if (days.isEmpty()) throw new IllegalArgumentException("name at least one folder of PlanetLab traces");
			if (hosts < 1) throw new IllegalArgumentException("--hosts must be at least 1, not " + hosts);
		} catch (IllegalArgumentException e) {
			err.println("vmmig: " + e.getMessage());
			err.println("usage: spark-submit --class org.vmmig.spark.PlanetLabSweep vmmig-spark.jar "
					+ "[--policy P,P...] [--hosts N] [--master URL] DAY_FOLDER...");
			return 2;
		}
		for (Path day : days) {
			if (!java.nio.file.Files.isDirectory(day)) {
				err.println("vmmig: " + day + ": not a folder of traces");
				return 2;
			}
		}
		try (SparkExecutor spark = SparkExecutor.connect(master)) { // first: an absent cluster is told at once
			PlanetLabSweep sweep;
			try {
				sweep = of(days, policies, hosts);
			} catch (IOException e) {
				err.println("vmmig: cannot read the traces: " + e.getMessage());
				return 2;
			}
			err.println("vmmig: " + sweep.count() + " runs on " + spark.describe());
			long start = System.nanoTime();
			List<FinishedRun<PolicyDay>> outcomes = spark.run(sweep.count(), sweep, outcome -> {
			});
			out.println("day       policy        energy kWh  migrations  SLATAH   PDM      SLAV");
			int failed = 0;
			for (FinishedRun<PolicyDay> o : outcomes) {
				if (o.succeeded()) {
					PolicyDay r = o.result();
					out.println(String.format(Locale.ROOT, "%-9s %-12s %11.2f %11d %6.2f %% %6.3f %% %9.2e", r.day(),
							r.policy(), r.energyKwh(), r.migrations(), 100 * r.slatah(), 100 * r.pdm(), r.slav()));
				} else {
					failed++;
					out.println(String.format(Locale.ROOT, "%-9s %-12s failed: %s",
							sweep.days.get(o.index() / sweep.policies.size()).name(),
							sweep.policies.get(o.index() % sweep.policies.size()), o.failure()));
				}
			}
			err.println(String.format(Locale.ROOT, "vmmig: %d runs (%d failed) in %.1f s", outcomes.size(), failed,
					(System.nanoTime() - start) / 1e9));
			return failed == 0 ? 0 : 1;
		} catch (SparkUnavailableException e) {
			err.println("vmmig: " + e.getMessage());
			return 2;
		} catch (InterruptedException e) {
			err.println("vmmig: interrupted");
			return 130;
		}
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
		return args[i];
	}
}
