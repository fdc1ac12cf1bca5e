package org.vmmig.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vmmig.report.StagedFiles;

/**
 * Writes one run's generated files (vmmig generate, the Maven plugin's generate goal, the workbench's Generate
 * Runbook) as reports are written: all of them or none ({@link StagedFiles}: a full disk, a failure or Ctrl-C
 * leaves the folder as it was), scripts executable.
 */
public final class RunbookFiles {

	private RunbookFiles() {
	}

	/** Writes every file under {@code directory}; returns where they are. */
	public static List<Path> write(Map<String, String> files, Path directory) throws IOException {
		List<Path> written = new ArrayList<>();
		try (StagedFiles staged = StagedFiles.in(directory)) {
			for (var entry : files.entrySet()) {
				written.add(staged.write(entry.getKey(), entry.getValue(), entry.getKey().endsWith(".sh")));
			}
			staged.commit();
		}
		return written;
	}
}
