package org.vmmig.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of a folder are traces, and in which order (which decides each one's VM type in the PlanetLab
 * experiment and in a {@code vms … from traces} group): checked against a listing of Paths, as folders were listed
 * before TraceFolder listed them through java.io.File.
 */
class TraceFolderTest {

	@TempDir
	Path folder;

	/** The listing as Paths: regular files (or links to one), sorted as Paths, by name. */
	private List<String> pathsListing() throws IOException {
		try (Stream<Path> listing = Files.list(folder)) {
			return listing.filter(Files::isRegularFile).sorted().map(f -> f.getFileName().toString()).toList();
		}
	}

	@Test
	void regularFilesAndLinksToThemInNameOrderNotFoldersNorDanglingLinks() throws IOException {
		for (String name : new String[] { "b", "a", "A", "10", "9", "a.b", "a-b", "_x", "~y", "Z" }) {
			Files.writeString(folder.resolve(name), "5\n");
		}
		Files.createDirectory(folder.resolve("sub"));
		Files.createSymbolicLink(folder.resolve("link"), folder.resolve("b"));
		Files.createSymbolicLink(folder.resolve("dangling"), folder.resolve("gone"));
		List<String> expected = pathsListing();
		assertEquals(List.of("10", "9", "A", "Z", "_x", "a", "a-b", "a.b", "b", "link", "~y"), expected);
		assertEquals(expected, TraceFolder.fileNames(folder, false));
		List<String> asListed = Arrays.asList(folder.toFile().list());
		List<String> directoryOrder = TraceFolder.fileNames(folder, true);
		assertEquals(asListed.stream().filter(expected::contains).toList(), directoryOrder,
				"the file system's order, the same files");
	}

	/**
	 * Names beyond ASCII are sorted by their bytes, as Paths are (String's order differs for some, e.g. U+FFFD
	 * against a character beyond U+FFFF); where the platform's file-name encoding cannot name such a file, no such
	 * name can be listed either.
	 */
	@Test
	void namesBeyondAsciiInPathOrder() throws IOException {
		String[] names = { "z", "\u00e9t\u00e9", "\ufffd", "\ud83d\ude00", "\uff21", "e" };
		if (!Charset.forName(System.getProperty("sun.jnu.encoding")).newEncoder().canEncode(String.join("", names))) {
			assertThrows(InvalidPathException.class, () -> folder.resolve(names[1]));
			return;
		}
		for (String name : names) {
			Files.writeString(folder.resolve(name), "5\n");
		}
		assertEquals(pathsListing(), TraceFolder.fileNames(folder, false));
		assertEquals(List.of("e", "z", "\u00e9t\u00e9", "\uff21", "\ufffd", "\ud83d\ude00"), TraceFolder.fileNames(folder, false));
	}

	@Test
	void aMissingFolderOrAFileSaysSo() throws IOException {
		assertThrows(NoSuchFileException.class, () -> TraceFolder.fileNames(folder.resolve("missing"), false));
		Path file = Files.writeString(folder.resolve("f"), "5\n");
		assertThrows(NotDirectoryException.class, () -> TraceFolder.fileNames(file, false));
		assertEquals(List.of("f"), TraceFolder.fileNames(folder, false));
	}
}
