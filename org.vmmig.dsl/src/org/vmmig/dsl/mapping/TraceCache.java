package org.vmmig.dsl.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.vmmig.engine.trace.CpuTrace;

/**
 * The samples of trace files, parsed once while a file does not change. Validation parses every file of a
 * {@code vms ... from traces} group (so that a bad one is an error on the model), and the mapping then takes the same
 * samples instead of reading the folder again; the editor and the language server, which validate on every edit,
 * read nothing of an unchanged folder; a sweep's runs over the same day share one reading.
 * <p>
 * A file counts as unchanged while its size, modification time and file key (its inode, where the file system has
 * one) are, the rule of make and rsync. Bounded: beyond {@link #MAX_SAMPLES} samples in all, the least recently used
 * traces leave first. Only traces read without error are kept: a bad file is read again, and its error said again.
 */
public final class TraceCache {

	/** 4 Mi samples (32 MiB): the eight PlanetLab days of examples/planetlab.vmig's sweep hold 2.6 Mi (9,197 traces). */
	static final long MAX_SAMPLES = 1L << 22;

	private record Key(Path file, long size, FileTime modified, Object fileKey) {
	}

	private static final Map<Path, Entry> ENTRIES = new LinkedHashMap<>(1024, 0.75f, true);
	private static long samples;

	private record Entry(Key key, double[] utilisation) {
	}

	private TraceCache() {
	}

	/**
	 * The utilisation samples of a trace file (0–1, {@link CpuTrace}), from the cache while the file is unchanged.
	 * {@code shown} is the file's name in messages. The array is shared: never write to it.
	 */
	public static double[] utilisation(Path file, String shown) throws IOException, CpuTrace.FormatException {
		Path absolute = file.toAbsolutePath().normalize();
		BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
		Key key = new Key(absolute, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
		synchronized (ENTRIES) {
			Entry entry = ENTRIES.get(absolute);
			if (entry != null && entry.key().equals(key)) {
				return entry.utilisation();
			}
		}
		double[] utilisation;
		try (InputStream input = Files.newInputStream(absolute)) {
			utilisation = CpuTrace.read(shown, input).utilisation();
		}
		put(new Entry(key, utilisation));
		return utilisation;
	}

	/**
	 * The samples of the trace a VM's {@code trace} names ({@code uri}, resolved against its model), from the cache
	 * when it is a file on this machine's disk; any other URI (a workspace file Eclipse could not map to disk) is read
	 * through the model's resource set each time.
	 */
	public static double[] utilisation(URI uri, String shown, ResourceSet resources)
			throws IOException, CpuTrace.FormatException {
		URI local = CommonPlugin.resolve(uri);
		if (local.isFile()) {
			return utilisation(Path.of(local.toFileString()), shown);
		}
		try (InputStream input = resources.getURIConverter().createInputStream(uri)) {
			return CpuTrace.read(shown, input).utilisation();
		}
	}

	private static void put(Entry entry) {
		synchronized (ENTRIES) {
			Entry old = ENTRIES.put(entry.key().file(), entry);
			samples += entry.utilisation().length - (old == null ? 0 : old.utilisation().length);
			for (Iterator<Entry> eldest = ENTRIES.values().iterator(); samples > MAX_SAMPLES && eldest.hasNext();) {
				samples -= eldest.next().utilisation().length;
				eldest.remove();
			}
		}
	}
}
