package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.report.StagedFiles;

/**
 * A multi-file report appears whole or not at all (issue 18 item 10), tried for real in child {@code vmmig}
 * processes (the same {@link Main} the launcher script runs, on this test's class path): a full file system — a
 * 16 KiB tmpfs mounted in a user namespace ({@code unshare -rm}, no root needed; skipped where the kernel forbids
 * it) — and Ctrl-C / SIGTERM sent again and again while CSV reports are being written.
 */
class WholeOrNothingReportsTest {

	private static final String TOPOLOGY = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 GiB nic 10 Gbps }
			host h3 { memory 64 GiB nic 10 Gbps }
			network lan { bandwidth 10 Gbps connects h1, h2, h3 }
			vm a { memory 4 GiB dirty-rate 20 MiB/s on h1 }
			vm b { memory 8 GiB dirty-rate 200 MiB/s on h1 }
			vm c { memory 2 GiB dirty-rate 5 MiB/s on h2 }
			policy p { downtime-limit 300 ms }
			""";

	private static String model(int scenarios) {
		StringBuilder text = new StringBuilder(TOPOLOGY);
		for (int i = 0; i < scenarios; i++) {
			text.append("scenario s").append(i).append(" { evacuate h").append(1 + i % 2).append(" using p }\n");
		}
		return text.toString();
	}

	@Test
	void aFullFileSystemLeavesNoPartOfTheReportAndKeepsTheEarlierOne(@TempDir Path dir) throws Exception {
		Path model = Files.writeString(dir.resolve("m.vmig"), model(3));
		Path mount = Files.createDirectories(dir.resolve("small"));
		Path listing = dir.resolve("listing.txt");
		// in the namespace: mount 16 KiB (4 pages), put an earlier report there, run, list what is left
		String script = "mount -t tmpfs -o size=16k vmmig-full \"$1\" || exit 99\n"
				+ "printf 'earlier\\n' > \"$1/m-s0-summary.csv\"\n"
				+ "\"$2\" -cp \"$3\" org.vmmig.cli.Main report --format csv \"$4\" -o \"$1\" 2>\"$5.err\"; code=$?\n"
				+ "(cd \"$1\" && ls -a && cat m-s0-summary.csv) > \"$5\"; exit $code\n";
		Process process = new ProcessBuilder("unshare", "-rm", "sh", "-c", script, "sh", mount.toString(), java(),
				System.getProperty("java.class.path"), model.toString(), listing.toString()).redirectErrorStream(true)
				.start();
		String said = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assumeTrue(process.exitValue() != 99 && !said.contains("unshare:"), "no user namespaces here: " + said);
		String err = Files.readString(Path.of(listing + ".err"));
		assertEquals(ExitCodes.USAGE_OR_IO, process.exitValue(), err);
		assertTrue(err.contains("vmmig: cannot write the report to " + mount + ": No space left on device")
				&& err.contains("no report of this run was written"), err);
		// the earlier report, untouched; no part of the new one; no staging folder
		assertEquals(List.of(".", "..", "m-s0-summary.csv", "earlier"), Files.readAllLines(listing));
	}

	/**
	 * Ctrl-C or SIGTERM, three times, at three moments found by watching the output folder rather than by the clock:
	 * while the model loads (before the folder exists), while the staging folder fills, and as the first files of the
	 * report appear in place — during the commit, which the shutdown hook lets finish. A moment the run passed before
	 * the watch saw it (a fast machine) ends in a finished run, which must have left everything.
	 */
	@Test
	void repeatedCtrlCOrSigtermWhileWritingLeavesAllFilesOrNone(@TempDir Path dir) throws Exception {
		Path model = Files.writeString(dir.resolve("m.vmig"), model(300));
		Path reference = dir.resolve("reference");
		assertEquals(ExitCodes.OK, CommandRun.vmmig("report", "--format", "csv", model.toString(), "-o",
				reference.toString()).exitCode());
		List<String> whole = files(reference);
		List<java.util.function.Predicate<List<String>>> moments = List.of(
				listing -> true, // at once: the JVM starts and the model loads
				listing -> listing.stream().anyMatch(name -> name.startsWith(StagedFiles.PREFIX)), // writing
				listing -> listing.stream().anyMatch(name -> !name.startsWith(StagedFiles.PREFIX))); // moving in place
		for (int attempt = 0; attempt < 6; attempt++) {
			Path output = dir.resolve("out" + attempt);
			Process process = new ProcessBuilder(ChildJvm.vmmig("report", "--format", "csv",
					model.toString(), "-o", output.toString()))
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			java.util.function.Predicate<List<String>> moment = moments.get(attempt % 3);
			while (process.isAlive() && !moment.test(files(output))) {
				Thread.onSpinWait();
			}
			String signal = attempt < 3 ? "-INT" : "-TERM";
			for (int i = 0; i < 3 && process.isAlive(); i++) { // "repeated Ctrl-C"
				new ProcessBuilder("kill", signal, Long.toString(process.pid())).start().waitFor();
				Thread.sleep(30);
			}
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "vmmig did not stop");
			List<String> left = files(output);
			int code = process.exitValue();
			if (code == ExitCodes.OK) { // the signal came too late: then everything is there
				assertEquals(whole, left);
			} else {
				assertEquals(signal.equals("-INT") ? 130 : 143, code, "exit code after " + signal);
				// a signal that lands while the files are being moved into place lets that commit finish (the
				// shutdown hook waits for it), so a stopped run leaves all of its files — or, before that, none
				assertTrue(left.isEmpty() || left.equals(whole),
						"an interrupted run left part of its files (attempt " + attempt + "): " + left.size() + " of "
								+ whole.size() + ", e.g. " + left.subList(0, Math.min(3, left.size())));
			}
		}
	}

	private static List<String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}
}
