package org.vmmig.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The kernel and initramfs the lab boots. Built by lab/guest/build-guest.sh (shipped in this jar and
 * unpacked into the cache) from Debian's kernel package, busybox-static and our dirtier.c; cached, so only
 * the first run fetches and compiles.
 */
public record GuestImage(Path kernel, Path initramfs) {

	private static final List<String> SOURCES = List.of("build-guest.sh", "init", "dirtier.c");

	/** The default cache: {@code $XDG_CACHE_HOME/vmmig/lab}, else {@code ~/.cache/vmmig/lab}. */
	public static Path defaultCache() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("vmmig").resolve("lab");
	}

	public static GuestImage build(Path cache) throws LabException {
		try {
			Path sources = cache.resolve("guest-src");
			Files.createDirectories(sources);
			for (String name : SOURCES) {
				try (InputStream in = GuestImage.class.getResourceAsStream("guest/" + name)) {
					if (in == null) {
						throw new LabException("the lab guest's " + name + " is missing from the vmmig build");
					}
					Files.copy(in, sources.resolve(name), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Process build = new ProcessBuilder("bash", sources.resolve("build-guest.sh").toString(), cache.toString())
					.redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int code = build.waitFor();
			if (code != 0) {
				throw new LabException("building the lab guest failed (lab/guest/build-guest.sh exited with " + code
						+ "; its message is above)");
			}
			Path kernel = null;
			Path initramfs = null;
			for (String line : output.split("\n")) {
				if (line.startsWith("kernel ")) {
					kernel = Path.of(line.substring(7).strip());
				} else if (line.startsWith("initramfs ")) {
					initramfs = Path.of(line.substring(10).strip());
				}
			}
			if (kernel == null || initramfs == null || !Files.isRegularFile(kernel) || !Files.isRegularFile(initramfs)) {
				throw new LabException("build-guest.sh did not name a kernel and an initramfs: " + output.strip());
			}
			return new GuestImage(kernel, initramfs);
		} catch (IOException e) {
			throw new LabException("cannot build the lab guest in " + cache + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LabException("interrupted while building the lab guest");
		}
	}
}
