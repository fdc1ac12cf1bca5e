package org.vmmig.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mirrors a folder of jars (the CLI's {@code target/lib}) into another with the signatures of the signed ones left
 * out, for the launcher's AOT cache of the language commands ({@code ./vmmig}; docs/performance.md, "A short start
 * for every command").
 *
 * <p>Why: the JVM checks a signed jar's signature on every start before it loads a class from it (about 0.3 s of
 * CPU for the 20 signed Eclipse jars a {@code vmmig validate} opens), and an AOT cache leaves out every class of a
 * signed jar, so the language's start (Xtext, EMF, Guice) could not be cached at all. The copies are the same
 * classes: only {@code META-INF/*.SF}, {@code *.RSA}, {@code *.DSA} and {@code *.EC} go; they are local build
 * output under {@code target/}, not distributed (the Eclipse jars' licence, EPL 2.0, allows modified copies).
 *
 * <p>Each jar is written to a temporary file and renamed, so a launcher started meanwhile sees the old copy or the
 * new one, never half of one; unsigned jars are linked (or copied where links are not possible); jars no longer in
 * the source folder are removed, so the mirror's classpath wildcard never sees two versions of a library.
 */
final class UnsignedJars {

	private UnsignedJars() {
	}

	/** {@code UnsignedJars SOURCE_FOLDER TARGET_FOLDER}; exit code 0, or 2 with a one-line message. */
	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: UnsignedJars SOURCE_FOLDER TARGET_FOLDER");
			System.exit(ExitCodes.USAGE_OR_IO);
		}
		try {
			mirror(Path.of(args[0]), Path.of(args[1]));
		} catch (IOException e) {
			System.err.println("vmmig: cannot copy the jars without their signatures: " + IoMessages.describe(e));
			System.exit(ExitCodes.USAGE_OR_IO);
		}
	}

	/** Makes {@code target} hold every jar of {@code source}, unsigned, and nothing else. */
	static void mirror(Path source, Path target) throws IOException {
		Files.createDirectories(target);
		Set<String> names = new HashSet<>();
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(source, "*.jar")) {
			for (Path jar : jars) {
				String name = jar.getFileName().toString();
				names.add(name);
				Path temporary = Files.createTempFile(target, name, ".partial");
				try {
					if (!unsign(jar, temporary)) {
						link(jar, temporary);
					}
					Files.move(temporary, target.resolve(name), StandardCopyOption.REPLACE_EXISTING,
							StandardCopyOption.ATOMIC_MOVE);
				} finally {
					Files.deleteIfExists(temporary);
				}
			}
		}
		try (DirectoryStream<Path> old = Files.newDirectoryStream(target, "*.jar")) {
			for (Path jar : old) {
				if (!names.contains(jar.getFileName().toString())) {
					Files.deleteIfExists(jar);
				}
			}
		}
	}

	/**
	 * Writes {@code jar} without its signature files to {@code copy} and says so, or returns false (and leaves
	 * {@code copy} as it was) when the jar is not signed. The zip file system copies the other entries as they are,
	 * without compressing them again.
	 */
	static boolean unsign(Path jar, Path copy) throws IOException {
		try (FileSystem zip = FileSystems.newFileSystem(jar)) {
			if (signatureFiles(zip).isEmpty()) {
				return false;
			}
		}
		Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
		try (FileSystem zip = FileSystems.newFileSystem(copy)) {
			for (Path signature : signatureFiles(zip)) {
				Files.delete(signature);
			}
		}
		// the jar's own time: an AOT cache records each jar's time and size, and a copy made again from the same
		// jar (by a second launcher at the same moment) must not make the cache that the first one trained invalid
		Files.setLastModifiedTime(copy, Files.getLastModifiedTime(jar));
		return true;
	}

	/** The signature files of a jar: what the JVM verifies (java.util.jar.JarFile's own test of a signed jar). */
	private static Set<Path> signatureFiles(FileSystem zip) throws IOException {
		Set<Path> found = new HashSet<>();
		Path metaInf = zip.getPath("/META-INF");
		if (!Files.isDirectory(metaInf)) {
			return found;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(metaInf)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString().toUpperCase(Locale.ROOT);
				if (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC")) {
					found.add(entry);
				}
			}
		}
		return found;
	}

	/** A hard link to an unsigned jar (no copy of its bytes), or a copy where the file system has none. */
	private static void link(Path jar, Path temporary) throws IOException {
		Files.delete(temporary);
		try {
			Files.createLink(temporary, jar);
		} catch (IOException | UnsupportedOperationException e) {
			Files.copy(jar, temporary, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}
}
