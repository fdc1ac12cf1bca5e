package org.vmmig.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;
import org.vmmig.engine.model.Xbzrle;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Formats;
import org.vmmig.lab.Accelerator;
import org.vmmig.lab.GuestImage;
import org.vmmig.lab.GuestSpec;
import org.vmmig.lab.LabComparison;
import org.vmmig.lab.LabException;
import org.vmmig.lab.LabPrediction;
import org.vmmig.lab.LabResult;
import org.vmmig.lab.LabRun;
import org.vmmig.lab.Measured;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lab", mixinStandardHelpOptions = true,
		description = { "Runs a real live migration on this machine: boots a small guest with a controlled dirtying"
				+ " workload in QEMU, migrates it to a second QEMU on 127.0.0.1 under the given policy, records"
				+ " query-migrate and prints it beside vmmig's prediction.",
				"Needs qemu-system-x86_64, busybox-static, gcc and cpio (scripts/install-lab-deps.sh). Format: docs/lab.md." })
public final class LabCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--memory", defaultValue = "128MiB", paramLabel = "SIZE", description = "guest memory (default: ${DEFAULT-VALUE})")
	String memory;

	@Option(names = "--working-set", defaultValue = "32MiB", paramLabel = "SIZE",
			description = "memory the workload keeps rewriting (default: ${DEFAULT-VALUE})")
	String workingSet;

	@Option(names = "--dirty-rate", defaultValue = "0MiB/s", paramLabel = "RATE",
			description = "how fast the workload dirties its working set (default: ${DEFAULT-VALUE}, idle)")
	String dirtyRate;

	@Option(names = "--fill", defaultValue = "16MiB", paramLabel = "SIZE",
			description = "memory written once with non-zero data; the rest stays zero pages (default: ${DEFAULT-VALUE})")
	String fill;

	@Option(names = "--pace", defaultValue = "wall", paramLabel = "wall|cpu",
			description = "wall: dirty at a wall-clock pace; cpu: dirtying scales with the CPU time the guest gets"
					+ " (default: ${DEFAULT-VALUE})")
	String pace;

	@Option(names = "--technique", defaultValue = "pre-copy", paramLabel = "pre-copy|post-copy|hybrid",
			description = "default: ${DEFAULT-VALUE}")
	String technique;

	@Option(names = "--post-copy-after", paramLabel = "N",
			description = "switch to post-copy after N pre-copy passes, 0: at once (implies --technique hybrid;"
					+ " --technique post-copy switches after the first pass)")
	Integer postCopyAfter;

	@Option(names = "--bandwidth-cap", paramLabel = "RATE", description = "QEMU max-bandwidth (default: no cap)")
	String bandwidthCap;

	@Option(names = "--downtime-limit", defaultValue = "300ms", paramLabel = "DURATION",
			description = "QEMU downtime-limit (default: ${DEFAULT-VALUE})")
	String downtimeLimit;

	@Option(names = "--max-rounds", defaultValue = "30", paramLabel = "N",
			description = "passes before the lab forces the stop-and-copy (default: ${DEFAULT-VALUE})")
	int maxRounds;

	@Option(names = "--auto-converge", description = "QEMU auto-converge (throttle 20 %%, +10 %%, at most 99 %%)")
	boolean autoConverge;

	@Option(names = "--streams", defaultValue = "1", paramLabel = "N", description = "multifd channels (default: ${DEFAULT-VALUE})")
	int streams;

	@Option(names = "--xbzrle-cache", paramLabel = "SIZE", description = "enable XBZRLE with this cache")
	String xbzrleCache;

	@Option(names = "--link", defaultValue = "10Gbps", paramLabel = "RATE",
			description = "the loopback's speed for the prediction's path (default: ${DEFAULT-VALUE}; an idle run without"
					+ " a cap measures it: data / time)")
	String link;

	@Option(names = "--accel", defaultValue = "auto", paramLabel = "auto|kvm|tcg",
			description = "auto: KVM when it boots the guest, else TCG (default: ${DEFAULT-VALUE})")
	String accel;

	@Option(names = "--timeout", defaultValue = "300s", paramLabel = "DURATION",
			description = "cancel a migration that runs longer (default: ${DEFAULT-VALUE})")
	String timeout;

	@Option(names = "--name", defaultValue = "run", paramLabel = "NAME", description = "the run's directory name (default: ${DEFAULT-VALUE})")
	String name;

	@Option(names = { "-o", "--output" }, defaultValue = "vmmig-out/lab", paramLabel = "DIR",
			description = "where runs are written (default: ${DEFAULT-VALUE})")
	Path output;

	@Option(names = "--measure-dirty-rate",
			description = "also ask QEMU for the guest's dirty rate before migrating (calc-dirty-rate, 1 s): dirty-rate.json")
	boolean measureDirtyRate;

	@Option(names = "--calibrate",
			description = "run three short migrations of the guest (idle, light, busy) under the policy, calibrate on them"
					+ " and print the environment (docs/lab.md)")
	boolean calibrate;

	@Option(names = "--environment", paramLabel = "NAME", defaultValue = "lab",
			description = "with --calibrate: the environment's name (default: ${DEFAULT-VALUE})")
	String environment;

	@Option(names = "--write", paramLabel = "FILE.vmig",
			description = "with --calibrate: write the environment into this model (replacing one of the same name)")
	Path write;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		GuestSpec guest;
		MigrationPolicy policy;
		Accelerator accelerator;
		double linkRate;
		Duration limit;
		try {
			guest = new GuestSpec(whole(size(memory, "--memory")), whole(size(workingSet, "--working-set")),
					quantity(dirtyRate, Dimension.DATA_RATE, "--dirty-rate", true), whole(size(fill, "--fill")), pace());
			policy = policy();
			accelerator = accelerator();
			linkRate = quantity(link, Dimension.DATA_RATE, "--link", false);
			limit = Duration.ofMillis(Math.round(quantity(timeout, Dimension.DURATION, "--timeout", false) * 1000));
		} catch (IllegalArgumentException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		if (!calibrate && (write != null || !environment.equals("lab"))) {
			err.println("vmmig: --environment and --write go with --calibrate");
			return ExitCodes.USAGE_OR_IO;
		}
		if (calibrate) {
			return new LabCalibration(out, err, output, accelerator, limit, linkRate, environment, write).run(name, guest,
					policy);
		}
		try {
			GuestImage image = GuestImage.build(GuestImage.defaultCache());
			LabRun lab = new LabRun(image, output, accelerator, limit, err);
			LabResult result = (measureDirtyRate ? lab.measuringDirtyRate() : lab).run(name, guest, policy);
			print(out, LabComparison.of(result, LabPrediction.predict(result, MigrationModel.live(), linkRate)));
			return result.destinationRunning() ? ExitCodes.OK : ExitCodes.MODEL_ERRORS;
		} catch (LabException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}

	private MigrationPolicy policy() {
		Technique chosen = switch (technique) {
		case "pre-copy" -> Technique.PRE_COPY;
		case "post-copy" -> Technique.POST_COPY;
		case "hybrid" -> Technique.HYBRID;
		default -> throw new IllegalArgumentException("--technique expects pre-copy, post-copy or hybrid, got '" + technique + "'");
		};
		MigrationPolicy.Builder builder = MigrationPolicy.builder()
				.downtimeLimitSeconds(quantity(downtimeLimit, Dimension.DURATION, "--downtime-limit", false))
				.maxRounds(positive(maxRounds, "--max-rounds")).streams(positive(streams, "--streams"));
		if (postCopyAfter != null) {
			if (chosen == Technique.POST_COPY) {
				throw new IllegalArgumentException("--post-copy-after goes with pre-copy first: use --technique hybrid or leave it out");
			}
			chosen = Technique.HYBRID;
			if (postCopyAfter < 0) {
				throw new IllegalArgumentException("--post-copy-after expects a whole number >= 0, got " + postCopyAfter);
			}
			builder.hybridPreCopyRounds(postCopyAfter);
		}
		builder.technique(chosen);
		if (bandwidthCap != null) {
			builder.bandwidthCapBytesPerSecond(quantity(bandwidthCap, Dimension.DATA_RATE, "--bandwidth-cap", false));
		}
		if (autoConverge) {
			builder.autoConverge(AutoConverge.QEMU_DEFAULTS);
		}
		if (xbzrleCache != null) {
			// the workload changes one word per page: XBZRLE's delta is a few bytes of a 4 KiB page
			builder.xbzrle(new Xbzrle(true, size(xbzrleCache, "--xbzrle-cache"), 0.01));
		}
		return builder.build();
	}

	private GuestSpec.Pace pace() {
		return switch (pace) {
		case "wall" -> GuestSpec.Pace.WALL;
		case "cpu" -> GuestSpec.Pace.CPU;
		default -> throw new IllegalArgumentException("--pace expects wall or cpu, got '" + pace + "'");
		};
	}

	private Accelerator accelerator() {
		return switch (accel) {
		case "auto" -> null;
		case "kvm" -> Accelerator.KVM;
		case "tcg" -> Accelerator.TCG;
		default -> throw new IllegalArgumentException("--accel expects auto, kvm or tcg, got '" + accel + "'");
		};
	}

	private static int positive(int value, String option) {
		if (value < 1) {
			throw new IllegalArgumentException(option + " expects a whole number >= 1, got " + value);
		}
		return value;
	}

	private static double size(String text, String option) {
		return quantity(text, Dimension.DATA_SIZE, option, true);
	}

	private static long whole(double bytes) {
		return Math.round(bytes);
	}

	private static double quantity(String text, Dimension expected, String option, boolean zeroAllowed) {
		return OptionValues.quantity(text, expected, option, zeroAllowed);
	}

	private static void print(PrintWriter out, LabComparison c) {
		LabResult run = c.run();
		Measured m = c.measured();
		MigrationEstimate p = c.predicted();
		out.printf(Locale.ROOT, "%s: QEMU %s (%s), %s, %s; guest dirtied %s achieved%n", run.name(), run.qemuVersion(),
				run.accelerator().name().toLowerCase(Locale.ROOT), m.status(), m.converged() ? "converged" : "not converged",
				Formats.rate(run.rateBefore()));
		String row = "  %-12s %12s %12s %9s%n";
		out.printf(Locale.ROOT, row, "", "measured", "predicted", "error");
		out.printf(Locale.ROOT, row, "total time", Formats.seconds(m.totalSeconds()), Formats.seconds(p.totalSeconds()),
				percent(c.totalTimeError()));
		out.printf(Locale.ROOT, row, "pause", c.pauseComparable() ? Formats.seconds(m.downtimeSeconds()) : "n/a",
				Formats.seconds(p.downtimeSeconds()), c.pauseComparable() ? percent(c.pauseError()) : "");
		out.printf(Locale.ROOT, row, "data", Formats.bytes(m.bytesTransferred()), Formats.bytes(p.bytesTransferred()),
				percent(c.dataError()));
		out.printf(Locale.ROOT, row, "syncs/rounds", Integer.toString(m.dirtySyncCount()), Integer.toString(p.rounds()), "");
		run.events().forEach(event -> out.println("  " + event));
		if (!run.destinationRunning()) {
			out.println("  the guest did not run at the destination afterwards: see destination-console.log");
		}
		out.println("results: " + run.directory() + " (run.json, query-migrate.jsonl, final.json; docs/lab.md)");
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%+.1f %%", share * 100);
	}
}
