package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UnsignedJars} mirrors a folder of jars with the signatures left out, nothing else changed. */
class UnsignedJarsTest {

	/** A real signed Eclipse jar (EMF's, from the test's classpath): the copy is unsigned, its classes the same. */
	@Test
	void aSignedEclipseJarLosesItsSignaturesAndKeepsEveryOtherEntry(@TempDir Path dir) throws Exception {
		Path original = Path.of(URI.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path lib = Files.createDirectories(dir.resolve("lib"));
		Path signed = lib.resolve("emf-common.jar");
		Files.copy(original, signed);
		Files.setLastModifiedTime(signed, FileTime.fromMillis(1_600_000_000_000L));
		assertTrue(signers(signed) > 0, "the test needs a signed jar: " + original);

		Path mirror = dir.resolve("mirror");
		UnsignedJars.mirror(lib, mirror);

		Path copy = mirror.resolve("emf-common.jar");
		assertEquals(0, signers(copy), "classes of the copy still signed");
		List<String> left = names(signed);
		left.removeIf(name -> name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
		assertTrue(left.size() < names(signed).size());
		assertEquals(left, names(copy));
		try (JarFile before = new JarFile(signed.toFile()); JarFile after = new JarFile(copy.toFile())) {
			for (String name : left) {
				assertArrayEquals(bytes(before, name), bytes(after, name), name);
			}
		}
		// an AOT cache records each jar's time and size: a copy made again must match the first
		assertEquals(Files.getLastModifiedTime(signed), Files.getLastModifiedTime(copy));
		long size = Files.size(copy);
		UnsignedJars.mirror(lib, mirror);
		assertEquals(size, Files.size(copy));
		assertEquals(Files.getLastModifiedTime(signed), Files.getLastModifiedTime(copy));
	}

	@Test
	void unsignedJarsAreTheSameBytesAndJarsNoLongerInTheSourceGo(@TempDir Path dir) throws Exception {
		Path lib = Files.createDirectories(dir.resolve("lib"));
		Path plain = lib.resolve("plain.jar");
		try (OutputStream file = Files.newOutputStream(plain); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
			zip.write("Manifest-Version: 1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("a/Sf.txt")); // a name ending in SF outside META-INF is no signature
			zip.write(1);
		}
		Path mirror = Files.createDirectories(dir.resolve("mirror"));
		Files.writeString(mirror.resolve("guava-1.0.jar"), "an older version's jar");
		Files.writeString(mirror.resolve("notes.txt"), "not a jar");

		UnsignedJars.mirror(lib, mirror);

		assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(mirror.resolve("plain.jar")));
		assertFalse(Files.exists(mirror.resolve("guava-1.0.jar")), "a jar the source no longer has");
		assertTrue(Files.exists(mirror.resolve("notes.txt")));
		try (var left = Files.list(mirror)) {
			assertEquals(2, left.count(), "no temporary file left behind");
		}
	}

	/** How many of the jar's class entries have signers, read with verification as the JVM reads them. */
	private static int signers(Path jar) throws IOException {
		int signed = 0;
		try (JarFile file = new JarFile(jar.toFile(), true)) {
			Enumeration<JarEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				if (entry.getName().endsWith(".class")) {
					try (InputStream in = file.getInputStream(entry)) {
						in.readAllBytes(); // the signers are known once the entry is read
					}
					if (entry.getCodeSigners() != null) {
						signed++;
					}
				}
			}
		}
		return signed;
	}

	private static List<String> names(Path jar) throws IOException {
		List<String> names = new ArrayList<>();
		try (JarFile file = new JarFile(jar.toFile(), false)) {
			file.stream().forEach(entry -> names.add(entry.getName()));
		}
		names.sort(null);
		return names;
	}

	private static byte[] bytes(JarFile jar, String name) throws IOException {
		ZipEntry entry = jar.getEntry(name);
		assertNotNull(entry, name);
		if (entry.isDirectory()) {
			return new byte[0];
		}
		try (InputStream in = jar.getInputStream(entry)) {
			return in.readAllBytes();
		}
	}
}
