package org.vmmig.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files whole or not at all: a temporary file in the same directory, then an atomic rename. A run stopped
 * by Ctrl-C (the JVM runs its shutdown hooks, then exits with 130) deletes the temporary files it was writing,
 * so neither a half-written report nor a stray temporary file is left behind.
 */
public final class AtomicFiles {

	private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "vmmig-cleanup"));
	}

	private AtomicFiles() {
	}

	/** Temporary files being written now (for tests). */
	public static Set<Path> pending() {
		return Set.copyOf(PENDING);
	}

	static void deletePending() {
		for (Path temporary : PENDING) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException ignored) {
				// the process is ending; nothing more can be done
			}
		}
	}

	public static void write(Path file, String content) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		// not Files.createTempFile: its files are private (0600), a report is as readable as any other file
		Path temporary = directory.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
		PENDING.add(temporary);
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
			PENDING.remove(temporary);
		}
	}
}
