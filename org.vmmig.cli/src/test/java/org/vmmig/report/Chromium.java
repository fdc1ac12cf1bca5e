package org.vmmig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, run as a process: dumps a page's DOM after its scripts ran, with the console
 * messages on standard error, or takes a screenshot. scripts/install-test-deps.sh installs it; without it
 * the browser tests fail, unless VMMIG_NO_BROWSER=1 says explicitly to skip them.
 */
final class Chromium {

	/** What the browser made of a page. */
	record Page(String dom, List<String> console) {
	}

	private final Path executable;
	private final Path work;

	private Chromium(Path executable, Path work) {
		this.executable = executable;
		this.work = work;
	}

	static Chromium find(Path work) throws IOException {
		Assumptions.assumeFalse("1".equals(System.getenv("VMMIG_NO_BROWSER")),
				"VMMIG_NO_BROWSER=1: the browser tests are skipped on request");
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser")) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					Files.createDirectories(work);
					return new Chromium(candidate, work);
				}
			}
		}
		return fail("chromium is not installed: run scripts/install-test-deps.sh as root (or apt-get install "
				+ "chromium), or set VMMIG_NO_BROWSER=1 to skip the browser tests");
	}

	/** The DOM after the page's scripts ran, and every console message (errors included). */
	Page open(Path html) throws IOException, InterruptedException {
		Path dom = Files.createTempFile(work, "dom", ".html");
		Path log = Files.createTempFile(work, "chromium", ".log");
		run(List.of("--dump-dom", html.toUri().toString()), dom, log);
		List<String> console = new ArrayList<>();
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
				console.add(line);
			}
		}
		return new Page(Files.readString(dom, StandardCharsets.UTF_8), console);
	}

	/** A PNG of the page at 1280 × {@code height} pixels. */
	void screenshot(Path html, Path png, int height) throws IOException, InterruptedException {
		Files.createDirectories(png.toAbsolutePath().getParent());
		Files.deleteIfExists(png);
		Path log = Files.createTempFile(work, "chromium", ".log");
		run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280," + height, "--hide-scrollbars",
				html.toUri().toString()), log, log);
		if (!Files.isRegularFile(png) || Files.size(png) == 0) {
			fail("chromium wrote no screenshot " + png + ":\n" + Files.readString(log));
		}
	}

	private void run(List<String> arguments, Path out, Path err) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory(work, "profile");
		List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("chromium did not finish within 180 s: " + command);
		}
		assertEquals(0, process.exitValue(), () -> "chromium failed: " + command + "\n" + read(err));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}
}
