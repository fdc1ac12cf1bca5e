package org.vmmig.dsl.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.VmSet;
import org.vmmig.dsl.vmig.VmigPackage;
import org.vmmig.engine.trace.TraceFolder;

/**
 * What declarations that stand for many machines expand to: a counted host ({@code host g4 count 400}) is
 * hosts g4-0 … g4-399, a {@code vms web from traces} group is VMs web-0 … one per trace file. The names use a
 * dash, which a declared name (an identifier) cannot hold, so they never clash with one.
 */
public final class Instances {

	/** Ten times the largest estate planned in the benchmarks, as for {@code vmmig planetlab --hosts}. */
	public static final int MAX_COUNT = 100_000;

	/** A host of the data centre and the declaration it comes from. */
	public record HostInstance(Host declaration, String name) {
	}

	private Instances() {
	}

	/** Whether the declaration stands for several hosts ({@code count} written, even {@code count 1}). */
	public static boolean counted(Host host) {
		return ModelMapper.written(host, VmigPackage.Literals.HOST__COUNT);
	}

	/** The names of the hosts a declaration stands for: its own, or name-0 … name-(count − 1). */
	public static List<String> hostNames(Host host) {
		if (!counted(host)) {
			return List.of(String.valueOf(host.getName()));
		}
		int count = Math.max(0, Math.min(host.getCount(), MAX_COUNT));
		List<String> names = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			names.add(host.getName() + "-" + i);
		}
		return names;
	}

	/**
	 * Every host of the visible elements in the data centre's order, which placement ties break by: declarations in
	 * model order, except that hosts declared {@code interleave-with} another take turns with it at its place
	 * (g4-0, g5-0, g4-1, g5-1 …; one with fewer hosts drops out when it has none left).
	 */
	public static List<HostInstance> hosts(List<Element> visible) {
		Map<Host, List<Host>> turns = new LinkedHashMap<>();
		for (Element element : visible) {
			if (element instanceof Host host) {
				Host anchor = anchor(host);
				turns.computeIfAbsent(anchor, a -> new ArrayList<>()).add(host);
			}
		}
		List<HostInstance> hosts = new ArrayList<>();
		for (Map.Entry<Host, List<Host>> group : turns.entrySet()) {
			List<Host> members = group.getValue();
			if (!members.contains(group.getKey())) {
				members.add(0, group.getKey()); // the anchor comes from an import listed later: it still leads
			}
			List<List<String>> names = members.stream().map(Instances::hostNames).toList();
			int longest = names.stream().mapToInt(List::size).max().orElse(0);
			for (int i = 0; i < longest; i++) {
				for (int m = 0; m < members.size(); m++) {
					if (i < names.get(m).size()) {
						hosts.add(new HostInstance(members.get(m), names.get(m).get(i)));
					}
				}
			}
		}
		return hosts;
	}

	/** The declaration a host takes turns with, following interleave-with to its end (a cycle stops where it closes). */
	static Host anchor(Host host) {
		Set<Host> seen = new HashSet<>();
		Host current = host;
		while (seen.add(current) && current.getInterleaveWith() != null && !current.getInterleaveWith().eIsProxy()) {
			current = current.getInterleaveWith();
		}
		return current;
	}

	/** The name of a group's i-th VM: web-0 runs the first trace file in name order. */
	public static String vmName(VmSet set, int index) {
		return set.getName() + "-" + index;
	}

	/**
	 * The type of the i-th of {@code vms} VMs among {@code types}: CloudSim's PlanetLab runner
	 * (PlanetLabHelper.createVmList) splits the VMs into consecutive blocks of ⌈vms / types⌉, block k of type k.
	 */
	public static int typeIndex(int index, int vms, int types) {
		return index / (int) Math.ceil((double) vms / types);
	}

	/**
	 * The folder a group's traces are in, on this machine's file system (relative to the model's file; in Eclipse
	 * a workspace resource is where it lies on disk). IOException with the reason when it is none.
	 */
	public static Path folder(VmSet set) throws IOException {
		URI base = set.eResource() == null ? null : set.eResource().getURI();
		if (base == null || base.isRelative() || !base.isHierarchical()) {
			throw new IOException("this model is not in a file");
		}
		Path path = onDisk(set.getFolder(), base);
		if (path == null) {
			throw new IOException("not on this machine's file system");
		}
		if (!Files.isDirectory(path)) {
			throw new IOException(Files.exists(path) ? "not a folder" : "no such folder");
		}
		return path;
	}

	/**
	 * Where a folder written in a model lies on disk, resolved against the model's URI (in Eclipse the model is a
	 * workspace resource, platform:/resource/…: the folder is where that lies); null when not on this machine's file
	 * system. Used by {@code vms ... from traces} and by a sweep's {@code vary traces}.
	 */
	public static Path onDisk(String folder, URI base) {
		URI uri = CommonPlugin.resolve(URI.createURI(folder).resolve(base));
		return uri.isFile() ? Path.of(uri.toFileString()) : null;
	}

	/** A folder's files in name order, as {@code vary traces}, {@code vms ... from traces} and vmmig planetlab take them. */
	public static List<Path> filesByName(Path folder) throws IOException {
		return TraceFolder.fileNames(folder, false).stream().map(folder::resolve).toList();
	}

	/** The trace files of a group's folder in name order (as {@code vary traces} and {@code vmmig planetlab} take them). */
	public static List<Path> traceFiles(VmSet set) throws IOException {
		Path folder = folder(set);
		List<Path> files;
		try {
			files = filesByName(folder);
		} catch (java.nio.file.AccessDeniedException e) {
			throw new IOException("permission denied", e); // its own message is the path, which the caller names already
		} catch (java.io.UncheckedIOException e) {
			throw new IOException("cannot list it", e);
		}
		if (files.isEmpty()) {
			throw new IOException("the folder holds no trace files");
		}
		return files;
	}
}
