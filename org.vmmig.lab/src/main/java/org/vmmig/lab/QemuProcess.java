package org.vmmig.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One QEMU process the lab started. It is stopped by its PID — SIGTERM, then SIGKILL after a grace
 * period — when the run ends, when it fails, and when the JVM exits (Ctrl-C included: a shutdown hook
 * stops every QEMU still alive). Its stdout and stderr go to a log file next to the run's results.
 */
final class QemuProcess implements AutoCloseable {

	private static final Set<QemuProcess> LIVE = ConcurrentHashMap.newKeySet();
	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(QemuProcess::close), "vmmig-lab-stop-qemu"));
	}

	private final String name;
	private final Process process;
	private final Path log;

	private QemuProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static QemuProcess start(String name, List<String> command, Path log) throws LabException {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
					.start();
			QemuProcess qemu = new QemuProcess(name, process, log);
			LIVE.add(qemu);
			return qemu;
		} catch (IOException e) {
			throw new LabException("cannot start " + command.get(0) + " (" + e.getMessage()
					+ "); install QEMU with scripts/install-lab-deps.sh", e);
		}
	}

	long pid() {
		return process.pid();
	}

	boolean alive() {
		return process.isAlive();
	}

	/** Waits at most this long for the process to end by itself. */
	void awaitExit(java.time.Duration patience) {
		try {
			process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The last line QEMU wrote to its log, for messages when it exits early. */
	String lastLogLine() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				if (!lines.get(i).isBlank()) {
					return lines.get(i).strip();
				}
			}
		} catch (IOException e) {
			// no log: say so below
		}
		return "(no output; see " + log + ")";
	}

	/** Stops the process by its PID: SIGTERM, and SIGKILL if it is still there after 3 s. */
	@Override
	public void close() {
		try {
			if (process.isAlive()) {
				process.destroy();
				if (!process.waitFor(3, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					process.waitFor(3, TimeUnit.SECONDS);
				}
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		} finally {
			LIVE.remove(this);
		}
	}

	@Override
	public String toString() {
		return name + " (pid " + process.pid() + ")";
	}
}
