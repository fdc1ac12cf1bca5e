package org.vmmig.engine.sim;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.trace.CpuTrace;
import org.vmmig.engine.trace.TraceFolder;

/**
 * The data centre of Beloglazov and Buyya's PlanetLab experiments (CCPE 2012, §6.1; CloudSim 4.0's
 * examples.power.Constants): half HP ProLiant ML110 G4 (2 × 1860 MIPS), half ML110 G5 (2 × 2660 MIPS), 4 GB
 * and 1 Gbit/s each, with their SPECpower_ssj2008 tables; one VM per trace file, of four types (2500, 2000,
 * 1000, 500 MIPS with 870, 1740, 1740, 613 MB) assigned in four equal blocks, 100 Mbit/s each.
 *
 * <p>The trace files are read in name order by default (CloudSim takes them in the order the file system lists
 * them, which is not defined), so the VM type each trace gets is the same on every machine.
 */
public final class PlanetLabSetup {

	/** HP ProLiant ML110 G4 (Intel Xeon 3040), SPECpower_ssj2008 results, 0 % to 100 % in 10 % steps. */
	public static final PowerModel ML110_G4 = PowerModel.specPower(86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117);
	/** HP ProLiant ML110 G5 (Intel Xeon 3075). */
	public static final PowerModel ML110_G5 = PowerModel.specPower(93.7, 97, 101, 105, 110, 116, 121, 125, 129, 133, 135);

	static final double[] VM_MIPS = { 2500, 2000, 1000, 500 };
	static final double[] VM_MEMORY_MB = { 870, 1740, 1740, 613 };
	private static final double MB = 1e6;
	/** 1 Gbit/s per host and 100 Mbit/s per VM, in bytes per second (the engine's unit). */
	private static final double NIC_BYTES_PER_SECOND = 1e9 / 8, VM_NETWORK_BYTES_PER_SECOND = 100e6 / 8;

	public final List<SimHost> hosts;
	public final List<SimVm> vms;

	private PlanetLabSetup(List<SimHost> hosts, List<SimVm> vms) {
		this.hosts = List.copyOf(hosts);
		this.vms = List.copyOf(vms);
	}

	/**
	 * Reads every trace of {@code folder} and builds {@code hostCount} hosts.
	 *
	 * @param dirtyBytesPerSecondAtFullCpu how fast a guest at 100 % CPU writes memory (only the faithful
	 *                                     migration model uses it)
	 */
	public static PlanetLabSetup read(Path folder, int hostCount, double dirtyBytesPerSecondAtFullCpu)
			throws IOException, CpuTrace.FormatException {
		return read(folder, hostCount, dirtyBytesPerSecondAtFullCpu, false);
	}

	/**
	 * As {@link #read(Path, int, double)}; {@code directoryOrder} takes the files in the order the file system
	 * lists them, as CloudSim does — on the machine where a CloudSim figure was measured this reproduces it
	 * most closely, elsewhere the order (and so which trace gets which VM type) may differ.
	 */
	public static PlanetLabSetup read(Path folder, int hostCount, double dirtyBytesPerSecondAtFullCpu,
			boolean directoryOrder) throws IOException, CpuTrace.FormatException {
		return read(folder, TraceFolder.fileNames(folder, directoryOrder), hostCount, dirtyBytesPerSecondAtFullCpu);
	}

	/**
	 * As {@link #read(Path, int, double)}, taking the trace files in the order {@code fileOrder} names them — for
	 * instance the order of a recorded CloudSim run, which decides the VM type of each trace. It must name every
	 * trace file of the folder once, and nothing else.
	 */
	public static PlanetLabSetup read(Path folder, int hostCount, double dirtyBytesPerSecondAtFullCpu,
			List<String> fileOrder) throws IOException, CpuTrace.FormatException {
		java.util.Set<String> present = new java.util.TreeSet<>(TraceFolder.fileNames(folder, true));
		java.util.Set<String> named = new java.util.HashSet<>();
		List<String> files = new ArrayList<>(fileOrder.size());
		for (String name : fileOrder) {
			if (!named.add(name)) {
				throw new IOException("the file order names '" + name + "' twice");
			}
			if (!present.contains(name)) {
				throw new IOException(folder + ": no trace file '" + name + "', which the file order names");
			}
			files.add(name);
		}
		present.removeAll(named);
		if (!present.isEmpty()) {
			throw new IOException(folder + ": the file order leaves out " + present.size() + " trace file(s), e.g. '"
					+ present.iterator().next() + "'");
		}
		return read(folder, files, hostCount, dirtyBytesPerSecondAtFullCpu);
	}

	private static PlanetLabSetup read(Path folder, List<String> files, int hostCount, double dirtyBytesPerSecondAtFullCpu)
			throws IOException, CpuTrace.FormatException {
		if (hostCount < 1) {
			throw new IllegalArgumentException("need at least one host, not " + hostCount);
		}
		if (files.isEmpty()) {
			throw new IOException(folder + ": no trace files");
		}
		List<SimHost> hosts = new ArrayList<>(hostCount);
		for (int i = 0; i < hostCount; i++) {
			boolean g4 = i % 2 == 0;
			hosts.add(new SimHost((g4 ? "g4-" : "g5-") + i, g4 ? 1860 : 2660, 2, 4096 * MB, NIC_BYTES_PER_SECOND, g4 ? ML110_G4 : ML110_G5));
		}
		int perType = (int) Math.ceil(files.size() / 4.0);
		List<SimVm> vms = new ArrayList<>(files.size());
		File directory = folder.toFile();
		for (int i = 0; i < files.size(); i++) {
			String name = files.get(i);
			CpuTrace trace;
			// a plain FileInputStream, not Files.newInputStream: the channel-based stream costs 20-35 ms more CPU
			// over a day's 1,052 small files in a cold run (its classes and checks), the same bytes either way
			try (InputStream in = new FileInputStream(new File(directory, name))) {
				trace = CpuTrace.read(name, in);
			}
			int type = i / perType;
			vms.add(new SimVm(name, VM_MIPS[type], 1, VM_MEMORY_MB[type] * MB, VM_NETWORK_BYTES_PER_SECOND,
					dirtyBytesPerSecondAtFullCpu, trace.utilisation(), CpuTrace.INTERVAL_SECONDS, null));
		}
		return new PlanetLabSetup(hosts, vms);
	}
}
