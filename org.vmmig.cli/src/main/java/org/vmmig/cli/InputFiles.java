package org.vmmig.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user gave into the .vmig files to read, checking each can be read. */
public final class InputFiles {

	/** Larger files are refused with a message rather than exhausting memory. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	/** Thrown with a message meant for the user (exit code 2). */
	public static final class InputException extends Exception {
		private static final long serialVersionUID = 1L;

		InputException(String message) {
			super(message);
		}
	}

	public List<Path> expand(List<Path> paths) throws InputException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path) && isPattern(path.toString())) {
				files.addAll(matching(path.toString()));
			} else if (Files.isDirectory(path)) {
				files.addAll(modelFilesUnder(path));
			} else {
				check(path);
				files.add(path);
			}
		}
		if (files.isEmpty()) {
			throw new InputException("no .vmig files found in " + paths);
		}
		checkFitsInMemory(files, Runtime.getRuntime().maxMemory());
		return files;
	}

	/**
	 * Heap a model needs per byte of its text, measured (docs/performance.md, "Model size and memory"): parsed,
	 * linked and validated, each declaration is a dozen objects and its node model a few dozen more.
	 */
	static final long HEAP_PER_MODEL_BYTE = 100;

	/**
	 * Refuses, before anything is read, files that together need more heap than this JVM may take: a clear
	 * message now instead of an OutOfMemoryError minutes later.
	 */
	static void checkFitsInMemory(List<Path> files, long maxHeap) throws InputException {
		long bytes = 0;
		for (Path file : files) {
			try {
				bytes += Files.size(file);
			} catch (IOException e) {
				throw new InputException("cannot read " + file + ": " + IoMessages.describe(e));
			}
		}
		if (bytes * HEAP_PER_MODEL_BYTE > maxHeap) {
			throw new InputException(String.format(java.util.Locale.ROOT,
					"%d model file(s) of %.1f MB need about %.1f GB of memory, more than this JVM's %.1f GB; give it "
							+ "more (VMMIG_JAVA_OPTS=-Xmx%dg ./vmmig ...; MAVEN_OPTS for the Maven plugin) or check fewer "
							+ "files at once",
					files.size(), bytes / 1e6, bytes * HEAP_PER_MODEL_BYTE / 1e9, maxHeap / 1e9,
					(long) Math.ceil(bytes * HEAP_PER_MODEL_BYTE * 1.2 / (1L << 30))));
		}
	}

	private static boolean isPattern(String text) {
		return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
	}

	/**
	 * The files a glob matches (when the shell left it quoted, or on systems whose shell does not expand):
	 * walked from the longest directory prefix without wildcards, in name order.
	 */
	private List<Path> matching(String pattern) throws InputException {
		String normalised = pattern.replace('\\', '/');
		int wildcard = 0;
		while (wildcard < normalised.length() && "*?[{".indexOf(normalised.charAt(wildcard)) < 0) {
			wildcard++;
		}
		int slash = normalised.lastIndexOf('/', wildcard);
		Path base = slash < 0 ? Path.of(".") : Path.of(normalised.substring(0, Math.max(1, slash)));
		String rest = slash < 0 ? normalised : normalised.substring(slash + 1);
		PathMatcher deep;
		PathMatcher shallow;
		try {
			deep = base.getFileSystem().getPathMatcher("glob:" + rest);
			// as in shells with globstar, "**/" also matches no directory at all
			shallow = rest.startsWith("**/") ? base.getFileSystem().getPathMatcher("glob:" + rest.substring(3)) : deep;
		} catch (java.util.regex.PatternSyntaxException e) {
			throw new InputException("'" + pattern + "' is not a valid pattern: " + e.getDescription()
					+ (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
		}
		PathMatcher matcher = p -> deep.matches(p) || shallow.matches(p);
		if (!Files.isDirectory(base)) {
			throw new InputException("cannot read " + pattern + ": no such directory " + base);
		}
		try (Stream<Path> walk = Files.walk(base)) {
			List<Path> found = walk.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p)))
					.sorted().toList();
			if (found.isEmpty()) {
				throw new InputException("no file matches " + pattern);
			}
			for (Path file : found) {
				check(file);
			}
			return found;
		} catch (IOException e) {
			throw new InputException("cannot list " + base + ": " + IoMessages.describe(e));
		}
	}

	private List<Path> modelFilesUnder(Path directory) throws InputException {
		try (Stream<Path> walk = Files.walk(directory)) {
			List<Path> found = walk.filter(p -> p.toString().endsWith(".vmig") && Files.isRegularFile(p)).sorted()
					.toList();
			for (Path file : found) {
				check(file);
			}
			return found;
		} catch (IOException e) {
			throw new InputException("cannot list " + directory + ": " + IoMessages.describe(e));
		}
	}

	private static void check(Path file) throws InputException {
		if (!Files.exists(file)) {
			throw new InputException("cannot read " + file + ": no such file");
		}
		if (!Files.isRegularFile(file)) {
			throw new InputException("cannot read " + file + ": not a regular file");
		}
		if (!Files.isReadable(file)) {
			throw new InputException("cannot read " + file + ": permission denied");
		}
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new InputException("cannot read " + file + ": larger than " + (MAX_BYTES >> 20) + " MiB");
			}
		} catch (IOException e) {
			throw new InputException("cannot read " + file + ": " + IoMessages.describe(e));
		}
	}
}
