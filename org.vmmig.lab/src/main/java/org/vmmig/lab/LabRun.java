package org.vmmig.lab;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.vmmig.engine.model.MigrationPolicy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs one live migration on this machine: starts a destination QEMU waiting for an incoming migration on
 * 127.0.0.1 and a source QEMU booting the lab guest, waits until the guest's workload runs, migrates it
 * under the policy's knobs while polling {@code query-migrate}, checks that the guest runs at the
 * destination, and stops both QEMUs by their PIDs whatever happens.
 */
public final class LabRun {

	/** How often query-migrate is polled: fine enough to switch to post-copy close to the end of a pass. */
	static final long POLL_MS = 50;
	/** The guest reports its achieved dirty rate this often. */
	static final double REPORT_SECONDS = 0.25;
	/**
	 * Reports of the running workload before the migration starts (3 s), of which the last
	 * {@value #RATE_REPORTS} (1.5 s) give its rate before migrating: under TCG a CPU-paced workload reached
	 * only about half its rate in its first 2 s (the guest's boot still finishing, TCG translating code).
	 */
	static final int WARMUP_REPORTS = 12;
	static final int RATE_REPORTS = 6;
	/** TCG boots the guest in about 5 s on a busy 2-core machine; KVM in about 1 s unless it does not work. */
	static final Duration TCG_BOOT = Duration.ofSeconds(120);
	static final Duration KVM_BOOT = Duration.ofSeconds(20);

	private final GuestImage image;
	private final Path output;
	private final Accelerator requested;
	private final Duration timeout;
	private final PrintWriter progress;
	private final String qemuBinary;
	private boolean measureDirtyRate;

	/**
	 * @param requested the accelerator, or null for KVM when it boots the guest and TCG otherwise
	 * @param timeout   the longest a migration may take before the lab cancels it
	 * @param progress  where one line per step goes (a terminal, a test log)
	 */
	public LabRun(GuestImage image, Path output, Accelerator requested, Duration timeout, PrintWriter progress) {
		this.image = image;
		this.output = output;
		this.requested = requested;
		this.timeout = timeout;
		this.progress = progress;
		this.qemuBinary = System.getenv().getOrDefault("VMMIG_QEMU", "qemu-system-x86_64");
	}

	/**
	 * Also asks QEMU for the guest's dirty rate before migrating it ({@code calc-dirty-rate}, one second) and
	 * writes the reply to {@code dirty-rate.json}; off by default, as it delays the migration by about 1.5 s.
	 */
	public LabRun measuringDirtyRate() {
		this.measureDirtyRate = true;
		return this;
	}

	/** The guest did not come up under an accelerator (KVM in a nested VM may open and then hang). */
	private static final class BootFailure extends Exception {
		private static final long serialVersionUID = 1L;

		BootFailure(String message) {
			super(message);
		}
	}

	public LabResult run(String name, GuestSpec guest, MigrationPolicy policy) throws LabException {
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new LabException("a run's name may hold letters, digits, '.', '_' and '-' (at most 64), not '" + name + "'");
		}
		QemuKnobs knobs = QemuKnobs.of(policy);
		Path directory = output.resolve(name);
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new LabException("cannot create " + directory + ": " + e.getMessage(), e);
		}
		Accelerator accelerator = requested != null ? requested : Accelerator.preferred();
		try {
			return attempt(name, guest, policy, knobs, accelerator, directory, List.of());
		} catch (BootFailure failure) {
			if (requested == null && accelerator == Accelerator.KVM) {
				Accelerator.kvmFailed();
				String note = "KVM did not boot the guest (" + failure.getMessage() + "); using TCG from now on";
				progress.println("lab: " + note);
				try {
					return attempt(name, guest, policy, knobs, Accelerator.TCG, directory, List.of(note));
				} catch (BootFailure again) {
					throw new LabException(name + ": " + again.getMessage());
				}
			}
			throw new LabException(name + ": " + failure.getMessage());
		}
	}

	private LabResult attempt(String name, GuestSpec guest, MigrationPolicy policy, QemuKnobs knobs,
			Accelerator accelerator, Path directory, List<String> notes) throws LabException, BootFailure {
		Path sockets = null;
		List<AutoCloseable> open = new ArrayList<>();
		try {
			sockets = Files.createTempDirectory("vmmig-lab-"); // short path: UNIX socket names are limited to 107 bytes
			GuestConsole sourceConsole = new GuestConsole(fresh(directory.resolve("source-console.log")));
			GuestConsole destinationConsole = new GuestConsole(fresh(directory.resolve("destination-console.log")));
			int port = freePort();
			progress.printf("lab: %s: booting a %d MiB guest (%s), destination waiting on 127.0.0.1:%d%n", name,
					guest.memoryMiB(), accelerator.label(), port);
			QemuProcess destination = QemuProcess.start("destination",
					command(guest, accelerator, destinationConsole.file(), sockets.resolve("destination.qmp"), true),
					directory.resolve("destination-qemu.log"));
			open.add(destination);
			QemuProcess source = QemuProcess.start("source",
					command(guest, accelerator, sourceConsole.file(), sockets.resolve("source.qmp"), false),
					directory.resolve("source-qemu.log"));
			open.add(source);
			Qmp destinationQmp;
			Qmp sourceQmp;
			String version;
			try {
				destinationQmp = Qmp.connect("destination", sockets.resolve("destination.qmp"), destination,
						Duration.ofSeconds(30));
				open.add(destinationQmp);
				sourceQmp = Qmp.connect("source", sockets.resolve("source.qmp"), source, Duration.ofSeconds(30));
				open.add(sourceQmp);
				version = version(sourceQmp);
			} catch (LabException e) {
				// QEMU may abort at once under an accelerator it cannot use (KVM in a nested VM); its socket
				// closes a moment before the process is gone
				destination.awaitExit(Duration.ofSeconds(2));
				source.awaitExit(Duration.ofSeconds(1));
				for (QemuProcess qemu : List.of(destination, source)) {
					if (!qemu.alive()) {
						throw new BootFailure(qemu + " exited at start: " + qemu.lastLogLine());
					}
				}
				throw e;
			}

			awaitGuest(source, sourceConsole, accelerator == Accelerator.KVM ? KVM_BOOT : TCG_BOOT);
			List<Double> before = sourceConsole.rates();
			double rateBefore = GuestConsole.mean(before, before.size() - RATE_REPORTS, before.size());
			if (measureDirtyRate) {
				progress.printf("lab: %s: calc-dirty-rate (%d s)%n", name, DirtyRateProbe.CALC_SECONDS);
				LabResultWriter.writeReply(directory.resolve("dirty-rate.json"), DirtyRateProbe.measure(sourceQmp));
			}

			destinationQmp.execute("migrate-set-capabilities", knobs.destinationCapabilitiesArgument());
			ObjectNode destinationParameters = knobs.destinationParameters();
			if (destinationParameters.size() > 0) {
				destinationQmp.execute("migrate-set-parameters", destinationParameters);
			}
			String uri = "tcp:127.0.0.1:" + port;
			destinationQmp.execute("migrate-incoming", object("uri", uri));
			sourceQmp.execute("migrate-set-capabilities", knobs.capabilitiesArgument());
			sourceQmp.execute("migrate-set-parameters", knobs.parameters());

			Instant started = Instant.now();
			int reportsAtStart = sourceConsole.rates().size();
			progress.printf("lab: %s: migrating (guest dirties %s/s achieved)%n", name, mib(rateBefore));
			sourceQmp.execute("migrate", object("uri", uri));
			MigrationMonitor monitor = new MigrationMonitor(sourceQmp, knobs, guest.memoryBytes(), timeout, progress);
			JsonNode last = monitor.run();
			List<String> events = new ArrayList<>(notes);
			events.addAll(monitor.events());
			List<Double> during = sourceConsole.rates();
			double rateDuring = GuestConsole.mean(during, reportsAtStart + 1, during.size());
			String status = last.get("status").asText();
			if (!status.equals("completed")) {
				String why = last.has("error-desc") ? ": " + last.get("error-desc").asText() : "";
				throw new LabException(name + ": the migration ended " + status + why + " (QEMU logs in " + directory + ")");
			}
			// running means QEMU runs the guest and the guest's workload reports from the destination: a guest
			// whose memory arrived corrupted panics there while QEMU still says "running"
			boolean running = awaitRunning(destinationQmp, destination);
			long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
			while (running && destinationConsole.rates().size() < 3 && System.nanoTime() < deadline) {
				Qmp.sleep(100);
			}
			List<Double> after = destinationConsole.rates();
			running &= after.size() >= 2 && destination.alive();
			if (!running) {
				events.add("the guest did not run at the destination after the migration (see destination-console.log)");
			}
			double rateAfter = GuestConsole.mean(after, 1, after.size());
			LabResult result = new LabResult(name, guest, policy, knobs, accelerator, version, started, monitor.trace(),
					last, monitor.forced(), monitor.postCopyStarted(), events, rateBefore, rateDuring, rateAfter, running,
					directory);
			new LabResultWriter().write(result);
			return result;
		} catch (IOException e) {
			throw new LabException(name + ": " + e.getMessage(), e);
		} finally {
			for (int i = open.size() - 1; i >= 0; i--) {
				try {
					open.get(i).close();
				} catch (Exception e) {
					// closing is best effort; the processes are stopped by PID in their own close()
				}
			}
			deleteQuietly(sockets);
		}
	}

	/** Both QEMUs get the same machine, memory, kernel and command line: a migration needs identical configurations. */
	private List<String> command(GuestSpec guest, Accelerator accelerator, Path console, Path qmp, boolean incoming) {
		List<String> command = new ArrayList<>(List.of(qemuBinary, "-name", incoming ? "vmmig-lab-destination" : "vmmig-lab-source",
				"-nodefaults", "-no-user-config", "-display", "none", "-monitor", "none", "-no-reboot",
				"-machine", "pc", "-m", guest.memoryMiB() + "M", "-smp", "1"));
		command.addAll(accelerator.qemuArguments());
		command.addAll(List.of("-kernel", image.kernel().toString(), "-initrd", image.initramfs().toString(),
				"-append", guest.kernelArguments(REPORT_SECONDS),
				"-serial", "file:" + console, "-qmp", "unix:" + qmp + ",server=on,wait=off"));
		if (incoming) {
			command.addAll(List.of("-incoming", "defer"));
		}
		return command;
	}

	private void awaitGuest(QemuProcess source, GuestConsole console, Duration boot) throws LabException, BootFailure {
		long deadline = System.nanoTime() + boot.toNanos();
		while (!console.ready()) {
			if (console.panic() != null) {
				// not the accelerator's fault: the guest itself failed (e.g. out of memory for its workload)
				throw new LabException("the guest's kernel failed while booting: " + console.panic() + " (console: "
						+ console.file() + ")");
			}
			if (!source.alive()) {
				throw new BootFailure("QEMU exited while booting the guest: " + source.lastLogLine());
			}
			if (System.nanoTime() > deadline) {
				throw new BootFailure("the guest did not start its workload within " + boot.toSeconds() + " s (console: "
						+ console.file() + ")");
			}
			if (console.error() != null) {
				throw new LabException("the guest's workload failed: " + console.error());
			}
			Qmp.sleep(100);
		}
		long warm = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (console.rates().size() < WARMUP_REPORTS) {
			if (!source.alive() || System.nanoTime() > warm) {
				throw new BootFailure("the guest's workload started but does not report its rate");
			}
			Qmp.sleep(50);
		}
	}

	/** Waits until the destination runs the guest (post-copy: already; pre-copy: after loading its state). */
	private static boolean awaitRunning(Qmp destination, QemuProcess process) throws LabException {
		for (int i = 0; i < 100 && process.alive(); i++) {
			JsonNode status;
			try {
				status = destination.execute("query-status", null);
			} catch (LabException e) {
				return false; // the destination QEMU went away (a guest that panics with -no-reboot ends it)
			}
			if (status.get("status").asText().equals("running")) {
				return true;
			}
			Qmp.sleep(50);
		}
		return false;
	}

	private static String version(Qmp qmp) throws LabException {
		JsonNode qemu = qmp.execute("query-version", null).path("qemu");
		return qemu.get("major").asInt() + "." + qemu.get("minor").asInt() + "." + qemu.get("micro").asInt();
	}

	/** A free TCP port on the loopback address only: nothing the lab starts listens beyond 127.0.0.1. */
	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}

	private static Path fresh(Path file) throws IOException {
		Files.deleteIfExists(file);
		return file;
	}

	static ObjectNode object(String key, String value) {
		ObjectNode object = LabJson.object();
		object.put(key, value);
		return object;
	}

	static String mib(double bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / GuestSpec.MIB);
	}

	private static void deleteQuietly(Path directory) {
		if (directory == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException | UncheckedIOException e) {
			// a temporary directory left behind is harmless
		}
	}
}
