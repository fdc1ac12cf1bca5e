package org.vmmig.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vmmig.report.AtomicFiles;

/** Writes generated runbooks (vmmig generate, the Maven plugin's generate goal): each file whole, scripts executable. */
public final class RunbookFiles {

	private RunbookFiles() {
	}

	/** Writes every file under {@code directory}; all were generated before the first is written. */
	public static List<Path> write(Map<String, String> files, Path directory) throws IOException {
		List<Path> written = new ArrayList<>();
		for (var entry : files.entrySet()) {
			Path file = directory.resolve(entry.getKey());
			AtomicFiles.write(file, entry.getValue());
			if (entry.getKey().endsWith(".sh")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
			written.add(file);
		}
		return written;
	}
}
