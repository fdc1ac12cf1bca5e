package org.vmmig.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a folder of classes (an IDE's or a build's output, e.g. target/test-classes) into a temporary jar, since
 * Spark ships jars to its executors, not folders.
 */
final class FolderJar {

	private FolderJar() {
	}

	private static final Map<Path, Path> PACKED = new HashMap<>();

	/** The jar of {@code folder}'s files, packed on the first call in this JVM. */
	static synchronized Path pack(Path folder) throws IOException {
		Path packed = PACKED.get(folder);
		if (packed == null) {
			packed = packNow(folder);
			PACKED.put(folder, packed);
		}
		return packed;
	}

	private static Path packNow(Path folder) throws IOException {
		Path jar = Files.createTempFile("vmmig-classes-", ".jar");
		jar.toFile().deleteOnExit();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Path file : files) {
				zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		return jar;
	}
}
