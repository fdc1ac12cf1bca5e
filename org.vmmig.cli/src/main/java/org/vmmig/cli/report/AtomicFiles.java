package org.vmmig.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes files whole or not at all: a temporary file in the same directory, then an atomic rename. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path file, String content) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		// not Files.createTempFile: its files are private (0600), a report is as readable as any other file
		Path temporary = directory.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
