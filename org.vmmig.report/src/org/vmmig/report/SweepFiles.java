package org.vmmig.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vmmig.engine.sweep.SweepResults;

/**
 * The files of a sweep, wherever it ran ({@code vmmig sweep}, the workbench's Run Sweep): {@code <file>-<sweep>.html},
 * {@code .json} ({@link SweepJson}) and one {@code <file>-<sweep>-<table>.csv} per table of {@link SweepTables}, a
 * partial sweep's marked partial in each. Each file is written whole (temporary file, then rename). Not through
 * {@link StagedFiles} or {@link AtomicFiles}: their shutdown hooks discard what is being written when Ctrl-C arrives,
 * while a stopped sweep must still write its partial report, from the CLI's own hook.
 */
public final class SweepFiles {

	private SweepFiles() {
	}

	/** Each file's name and content, in the order they are written: the page, the JSON, then the tables' CSV. */
	public static Map<String, String> contents(SweepResults results) {
		String stem = ReportNames.stem(results.model(), results.sweep());
		Report report = SweepTables.report(results);
		Map<String, String> files = new LinkedHashMap<>();
		files.put(stem + ".html", new HtmlRenderer().render(report));
		files.put(stem + ".json", SweepJson.write(results));
		CsvRenderer csv = new CsvRenderer();
		for (ReportTable table : report.tables()) {
			files.put(stem + "-" + table.id() + ".csv", csv.render(table));
		}
		return files;
	}

	/** Writes the sweep's files into {@code directory} (created if need be); returns them in {@link #contents} order. */
	public static List<Path> write(SweepResults results, Path directory) throws IOException {
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, String> file : contents(results).entrySet()) {
			written.add(writeWhole(directory, file.getKey(), file.getValue()));
		}
		return written;
	}

	private static Path writeWhole(Path directory, String name, String content) throws IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve(name);
		Path temporary = directory.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return file;
	}
}
