package org.vmmig.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of one run — several CSV tables, the reports of several scenarios — appear whole or not at all. They
 * are written into a hidden staging folder inside the output folder (same file system, so a rename is atomic) and
 * moved into place together by {@link #commit()}. A failed write (a full disk) or {@link #close()} without a commit
 * deletes the staging folder and leaves earlier reports as they were; a run stopped by Ctrl-C or SIGTERM deletes it
 * from the JVM's shutdown hook, which waits for a commit under way to finish (the renames take microseconds), so
 * the folder holds either all of the run's files or none of them.
 */
public final class StagedFiles implements AutoCloseable {

	/** Staging folders start with this; nothing else vmmig writes does. */
	public static final String PREFIX = ".vmmig-staging-";

	private static final Set<StagedFiles> OPEN = ConcurrentHashMap.newKeySet();

	/** Set first by the shutdown hook: a set started after the hook looked at {@link #OPEN} must not write. */
	private static volatile boolean stopping;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopping = true;
			OPEN.forEach(StagedFiles::close);
		}, "vmmig-discard-staged"));
	}

	private final Path directory;
	private final Path staging;
	private final List<Path> staged = new ArrayList<>();
	private boolean finished;

	private StagedFiles(Path directory) {
		this.directory = directory;
		this.staging = directory.resolve(PREFIX + UUID.randomUUID());
		OPEN.add(this);
	}

	/** Starts a set of files for {@code directory} (created with the first file: a run that writes none leaves none). */
	public static StagedFiles in(Path directory) {
		return new StagedFiles(directory);
	}

	/**
	 * Writes a file of the set under its plain name (no folder part); returns where it will be once committed.
	 * On a failure the whole set is discarded.
	 */
	public synchronized Path write(String name, String content) throws IOException {
		return write(name, content, false);
	}

	/** As {@link #write(String, String)}; an executable file (a generated script) is rwxr-xr-x once in place. */
	public synchronized Path write(String name, String content, boolean executable) throws IOException {
		failIfStopping();
		if (finished) {
			throw new IllegalStateException("the files were already committed or discarded");
		}
		Path file = staging.resolve(name);
		if (!file.getParent().equals(staging)) {
			throw new IllegalArgumentException("a staged file has a plain name, not " + name);
		}
		try {
			if (staged.isEmpty()) {
				Files.createDirectories(directory);
				Files.createDirectory(staging);
			}
			Files.writeString(file, content, StandardCharsets.UTF_8);
			if (executable) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		} catch (IOException e) {
			close();
			throw e;
		}
		staged.add(file);
		return directory.resolve(name);
	}

	/** Moves every file written into place (replacing files of the same name) and removes the staging folder. */
	public synchronized void commit() throws IOException {
		failIfStopping();
		if (finished) {
			throw new IllegalStateException("the files were already committed or discarded");
		}
		try {
			for (Path file : staged) {
				Files.move(file, directory.resolve(file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE,
						StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			close();
		}
	}

	/** Discards what was not committed: the staging folder and anything in it. Safe to call more than once. */
	@Override
	public synchronized void close() {
		finished = true;
		try {
			if (Files.exists(staging)) {
				try (Stream<Path> files = Files.walk(staging)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				} catch (IOException ignored) {
					// nothing more can be done; the folder is hidden and named for what it is
				}
			}
		} finally {
			// only now: the shutdown hook must find a set whose discarding is under way on another thread and wait
			// for it (this method's lock), or the JVM would halt with the folder half deleted
			OPEN.remove(this);
		}
	}

	/**
	 * The JVM is exiting (Ctrl-C, SIGTERM): the shutdown hook discards, or has discarded, this set, and would not
	 * discard a new folder. Said as an I/O failure, which the commands report as "no report of this run was written".
	 */
	private void failIfStopping() throws IOException {
		if (stopping) {
			close();
			throw new IOException("vmmig is stopping");
		}
	}
}
