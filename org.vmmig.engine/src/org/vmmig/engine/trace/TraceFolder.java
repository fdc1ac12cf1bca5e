package org.vmmig.engine.trace;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files of a folder of CPU traces are traces, and in which order: its regular files (or links to one), in
 * name order or the file system's. One place for {@code vmmig planetlab}, a {@code vms … from traces} group and a
 * sweep's {@code vary traces}, which take a folder's traces alike (the order decides each trace's VM type).
 */
public final class TraceFolder {

	private TraceFolder() {
	}

	/**
	 * The names of the folder's regular files (or links to one), in name order or, with {@code directoryOrder}, as
	 * the file system lists them. Through java.io.File, whose listing is one call: the PlanetLab day's 1,052 names
	 * listed, checked and sorted in half the CPU a stream of Paths takes in a short run (10 against 21 ms, not yet
	 * compiled). Name order is Path's, of the names' bytes, which String's order is for ASCII names; a folder with
	 * another name is listed and sorted as Paths. A folder that is missing, not a folder or not readable gets NIO's
	 * exception for it (NoSuchFileException, NotDirectoryException, AccessDeniedException).
	 */
	public static List<String> fileNames(Path folder, boolean directoryOrder) throws IOException {
		File directory = folder.toFile();
		String[] names = directory.list();
		if (names == null) { // not a folder, or not readable: NIO's exception says which
			Files.list(folder).close();
			throw new IOException(folder + ": cannot list its files");
		}
		List<String> files = new ArrayList<>(names.length);
		boolean ascii = true;
		for (String name : names) {
			if (new File(directory, name).isFile()) {
				files.add(name);
				ascii = ascii && isAscii(name);
			}
		}
		if (directoryOrder) {
			return files;
		}
		if (ascii) {
			files.sort(null);
			return files;
		}
		try (Stream<Path> listing = Files.list(folder)) {
			return listing.filter(Files::isRegularFile).sorted().map(file -> file.getFileName().toString()).toList();
		}
	}

	private static boolean isAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}
}
