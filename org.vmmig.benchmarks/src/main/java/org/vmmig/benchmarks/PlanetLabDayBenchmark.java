package org.vmmig.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vmmig.engine.sim.ConsolidationSimulator;
import org.vmmig.engine.sim.PlanetLabSetup;
import org.vmmig.engine.sim.PolicyLabels;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.sim.SimulationSettings;

/**
 * One warm PlanetLab policy-day (issue 17: under 0.25 s of CPU): Beloglazov and Buyya's data centre of 800 hosts,
 * one VM per trace of the day (1,052 on 20110303), 287 five-minute steps under CloudSim 4.0's rules — what
 * {@code vmmig planetlab DAY --policy P} simulates, without the JVM start and the reading of the traces (read
 * once). Besides JMH's time per run, each iteration prints the CPU per run of the benchmark's thread and of the
 * whole JVM (JIT compiler and GC threads included).
 *
 * <p>The day: {@code -Dvmmig.planetlab.day=FOLDER} (the JMH option {@code -jvmArgs}), by default
 * {@code ../shared/data/planetlab/20110303} from the working directory (the repository's root, where
 * {@code scripts/benchmark} runs).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanetLabDayBenchmark {

	@Param({ "THR-MMT-0.8", "IQR-MMT-1.5", "MAD-MMT-2.5", "LR-MMT-1.2", "LR-MC-1.2" })
	public String policy;

	private PlanetLabSetup day;
	private SimulationSettings settings;
	private int expectedMigrations = -1;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final com.sun.management.OperatingSystemMXBean os =
			(com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
	private long runs;
	private long threadCpuAtStart;
	private long processCpuAtStart;

	@Setup
	public void read() throws Exception {
		Path folder = Path.of(System.getProperty("vmmig.planetlab.day", "../shared/data/planetlab/20110303"));
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException(folder.toAbsolutePath() + ": no PlanetLab day there; give one with "
					+ "-jvmArgs -Dvmmig.planetlab.day=FOLDER");
		}
		day = PlanetLabSetup.read(folder, 800, 32 * 1024 * 1024);
		settings = PolicyLabels.settings(policy);
	}

	@Setup(Level.Iteration)
	public void startClocks() {
		runs = 0;
		threadCpuAtStart = threads.getCurrentThreadCpuTime();
		processCpuAtStart = os.getProcessCpuTime();
	}

	@Benchmark
	public TimeSimulationResult day() {
		TimeSimulationResult result = ConsolidationSimulator.run(day.hosts, day.vms, settings);
		if (expectedMigrations < 0) {
			expectedMigrations = result.migrations();
		} else if (result.migrations() != expectedMigrations) { // a deterministic run: every one the same
			throw new IllegalStateException("run " + runs + " made " + result.migrations() + " migrations, not "
					+ expectedMigrations);
		}
		runs++;
		return result;
	}

	@TearDown(Level.Iteration)
	public void printCpu() {
		if (runs > 0) {
			System.out.printf(Locale.ROOT, "  CPU per run: %.1f ms this thread, %.1f ms the whole JVM (%d runs)%n",
					(threads.getCurrentThreadCpuTime() - threadCpuAtStart) / 1e6 / runs,
					(os.getProcessCpuTime() - processCpuAtStart) / 1e6 / runs, runs);
		}
	}
}
