package org.vmmig.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one folder (not its subfolders), carried inside a sweep's task so that runs on another machine read
 * the same inputs — e.g. a day of PlanetLab traces. On first use in a JVM the files are written to a temporary
 * folder of the same name, which code that reads a folder (PlanetLabSetup.read) then reads as usual; the task is a
 * Spark broadcast, so this happens once per executor.
 */
public final class FolderSnapshot implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String name;
	private final TreeMap<String, byte[]> files;
	private transient Path copy;

	private FolderSnapshot(String name, TreeMap<String, byte[]> files) {
		this.name = name;
		this.files = files;
	}

	/** Reads every regular file of {@code folder}. */
	public static FolderSnapshot of(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + ": not a folder");
		}
		TreeMap<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> listing = Files.list(folder)) {
			for (Path file : (Iterable<Path>) listing.filter(Files::isRegularFile)::iterator) {
				files.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return new FolderSnapshot(folder.getFileName().toString(), files);
	}

	/** The folder's own name, e.g. "20110303". */
	public String name() {
		return name;
	}

	/** File names and sizes, in name order. */
	public Map<String, Integer> sizes() {
		TreeMap<String, Integer> sizes = new TreeMap<>();
		files.forEach((file, bytes) -> sizes.put(file, bytes.length));
		return Collections.unmodifiableMap(sizes);
	}

	/** A folder on this machine holding the snapshot's files, written on the first call in this JVM. */
	public synchronized Path folder() throws IOException {
		if (copy == null) {
			Path parent = Files.createTempDirectory("vmmig-inputs-");
			Path folder = Files.createDirectory(parent.resolve(name));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Files.write(folder.resolve(file.getKey()), file.getValue());
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(parent)));
			copy = folder;
		}
		return copy;
	}

	private static void delete(Path parent) {
		try (Stream<Path> walk = Files.walk(parent)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind; nothing to report at exit
		}
	}
}
