package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.MigrationTiming;
import org.vmmig.engine.sim.PlanetLabSetup;
import org.vmmig.engine.sim.PolicyLabels;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.sim.SimulationSettings;
import org.vmmig.engine.trace.CpuTrace;
import org.vmmig.engine.units.Unit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = PlanetLabCommand.NAME, mixinStandardHelpOptions = true,
		description = { "Runs Beloglazov and Buyya's PlanetLab consolidation experiment on a folder of CPU traces "
				+ "(one VM per file; 800 HP ProLiant G4/G5 hosts) and prints energy, migrations and SLA metrics.",
				"Example: vmmig planetlab ../shared/data/planetlab/20110303 --policy LR-MMT-1.2" })
public final class PlanetLabCommand implements Callable<Integer> {

	// the names and defaults of the command and its options, shared with PlanetLabQuickStart, which reads the
	// everyday command line without picocli (the annotations stay the one definition picocli and the help use)
	static final String NAME = "planetlab";
	static final String POLICY = "--policy";
	static final String DEFAULT_POLICY = "LR-MMT-1.2";
	static final String HOSTS = "--hosts";
	static final String DEFAULT_HOSTS = "800";
	static final String RULES = "--rules";
	static final String DEFAULT_RULES = "cloudsim";
	static final String TIMING = "--timing";
	static final String DEFAULT_TIMING = "cloudsim";
	static final String DIRTY_RATE = "--dirty-rate";
	static final String DEFAULT_DIRTY_RATE = "32";
	static final String DIRECTORY_ORDER = "--directory-order";
	static final String FILE_ORDER = "--file-order";
	static final String POLICY_SEPARATOR = ",";

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FOLDER", description = "a folder of PlanetLab traces (e.g. ../shared/data/planetlab/20110303)")
	Path folder;

	@Option(names = POLICY, paramLabel = "POLICY", defaultValue = DEFAULT_POLICY, split = POLICY_SEPARATOR,
			description = "detector-selection-parameter as in the paper (THR|IQR|MAD|LR|LRR)-(MMT|MC|RS|MU)-N, or DVFS; "
					+ "several separated by commas (default: ${DEFAULT-VALUE})")
	String[] policies;

	/** Ten times the largest estate planned in the benchmarks: beyond it the hosts alone would not fit the heap. */
	static final int MAX_HOSTS = 100_000;

	@Option(names = HOSTS, defaultValue = DEFAULT_HOSTS, description = "number of hosts, 1 to 100,000 (default: ${DEFAULT-VALUE})")
	int hosts;

	@Option(names = RULES, defaultValue = DEFAULT_RULES,
			description = "${COMPLETION-CANDIDATES}: CloudSim 4.0's rules reproduce its figures, vmmig's keep idle VMs, "
					+ "never over-commit memory and switch off only empty hosts (default: ${DEFAULT-VALUE})")
	RuleSet rules;

	@Option(names = TIMING, defaultValue = DEFAULT_TIMING,
			description = "${COMPLETION-CANDIDATES}: CloudSim's memory / (half the NIC), or vmmig's live-migration model "
					+ "with bandwidth shared max-min over the NICs (default: ${DEFAULT-VALUE})")
	Timing timing;

	@Option(names = DIRTY_RATE, defaultValue = DEFAULT_DIRTY_RATE, paramLabel = "MIB_PER_S",
			description = "MiB/s a guest at 100 %% CPU writes (live timing only; default: ${DEFAULT-VALUE})")
	double dirtyMib;

	@Option(names = DIRECTORY_ORDER, description = "take the trace files in the order the file system lists "
			+ "them, as CloudSim does (default: name order, the same on every machine)")
	boolean directoryOrder;

	@Option(names = FILE_ORDER, paramLabel = "FILE", description = "take the trace files in the order FILE names "
			+ "them, one name a line, '#' lines ignored — e.g. the order of a recorded CloudSim run, which decides "
			+ "each trace's VM type (org.vmmig.engine/resources/planetlab/20110303-cloudsim-order.txt)")
	Path fileOrder;

	enum RuleSet {
		cloudsim, vmmig
	}

	enum Timing {
		cloudsim, live
	}

	@Override
	public Integer call() {
		return run(spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	/** Runs the experiment with the options set on this object; also called without picocli (PlanetLabQuickStart). */
	int run(PrintWriter out, PrintWriter err) {
		if (!Files.isDirectory(folder)) {
			err.println("vmmig: " + folder + ": not a folder of traces");
			return ExitCodes.USAGE_OR_IO;
		}
		if (hosts < 1 || hosts > MAX_HOSTS) {
			err.println("vmmig: --hosts must be between 1 and " + MAX_HOSTS + ", not " + hosts);
			return ExitCodes.USAGE_OR_IO;
		}
		if (!(dirtyMib >= 0) || Double.isInfinite(dirtyMib)) {
			err.println("vmmig: --dirty-rate must be a number of MiB/s >= 0, not " + dirtyMib);
			return ExitCodes.USAGE_OR_IO;
		}
		long loadStart = System.nanoTime();
		if (fileOrder != null && directoryOrder) {
			err.println("vmmig: --file-order and --directory-order exclude each other");
			return ExitCodes.USAGE_OR_IO;
		}
		PlanetLabSetup setup;
		try {
			setup = fileOrder == null ? PlanetLabSetup.read(folder, hosts, dirtyMib * 1024 * 1024, directoryOrder)
					: PlanetLabSetup.read(folder, hosts, dirtyMib * 1024 * 1024, Files.readAllLines(fileOrder).stream()
							.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
		} catch (IOException e) {
			err.println("vmmig: cannot read the traces: " + IoMessages.describe(e));
			return ExitCodes.USAGE_OR_IO;
		} catch (CpuTrace.FormatException e) {
			err.println("vmmig: " + folder.resolve(e.getMessage())); // the message starts with the trace's file name
			return ExitCodes.USAGE_OR_IO;
		}
		out.println(String.format(Locale.ROOT, "%s: %d VMs on %d hosts, traces read in %.2f s", folder, setup.vms.size(),
				setup.hosts.size(), (System.nanoTime() - loadStart) / 1e9));
		out.println("policy        energy kWh  migrations  SLATAH   PDM      SLAV      downtime s  moved GB  non-conv  ended  seconds");
		for (String name : policies) {
			SimulationSettings settings;
			try {
				settings = settings(name.strip());
			} catch (IllegalArgumentException e) {
				err.println("vmmig: " + e.getMessage());
				return ExitCodes.USAGE_OR_IO;
			}
			long start = System.nanoTime();
			TerminalProgress progress = new TerminalProgress(err);
			progress.start(settings.label() + ", step");
			TimeSimulationResult r;
			try {
				r = ConsolidationSimulator.run(setup.hosts, setup.vms, settings, progress::step);
			} finally {
				progress.done();
			}
			out.println(String.format(Locale.ROOT, "%-12s %11.2f %11d %6.2f %% %6.3f %% %9.2e %11.1f %9.1f %9d %6d %8.2f",
					r.label(), r.energyJoules() / Unit.KWH.toBase(), r.migrations(), 100 * r.slatah(), 100 * r.pdm(), r.slav(), r.downtimeSeconds(),
					r.bytesMoved() / 1e9, r.nonConverging(), r.endedIdle(), (System.nanoTime() - start) / 1e9));
			out.flush();
		}
		return ExitCodes.OK;
	}

	private SimulationSettings settings(String name) {
		SimulationSettings s = PolicyLabels.settings(name);
		if (rules == RuleSet.vmmig) {
			s = s.withRules(SimulationSettings.Rules.VMMIG);
		}
		if (timing == Timing.live) {
			s = s.withTiming(MigrationTiming.Live.of(MigrationModel.live(), MigrationPolicy.defaults()));
		}
		return s;
	}
}
