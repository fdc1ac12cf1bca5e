package org.vmmig.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The jars that carry a sweep's classes to Spark's executors: the jar each class comes from, or — for a folder of
 * classes (an IDE's or a build's output, e.g. target/test-classes) — a temporary jar packed from it, since Spark
 * ships jars, not folders.
 */
final class ShippedJars {

	private ShippedJars() {
	}

	/** The jar {@code type} comes from, packed when it comes from a folder. */
	static String jarOf(Class<?> type) {
		try {
			Path source = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			return Files.isDirectory(source) ? pack(source).toString() : source.toString();
		} catch (URISyntaxException | IOException | NullPointerException e) {
			throw new IllegalStateException("cannot find the jar of " + type.getName() + " to ship to Spark's "
					+ "executors: " + e.getMessage(), e);
		}
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
