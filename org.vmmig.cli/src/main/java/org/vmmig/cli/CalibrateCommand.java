package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.engine.calibration.CalibrationCases;
import org.vmmig.engine.calibration.CalibrationInputException;
import org.vmmig.engine.calibration.CalibrationResult;
import org.vmmig.engine.calibration.Calibrator;
import org.vmmig.engine.calibration.Comparison;
import org.vmmig.engine.calibration.GuestDescription;
import org.vmmig.engine.calibration.MeasurementReader;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Formats;
import org.vmmig.lab.LabRunInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
		description = { "Compares the cost model with measured migrations (QEMU query-migrate JSON, virsh domjobinfo "
				+ "text, vmmig lab run directories), fits the environment — bandwidth efficiency, per-round cost, "
				+ "switchover cost — and prints it as a model's environment element (or writes it into a model).",
				"Formats: docs/calibration-formats.md." })
public final class CalibrateCommand implements Callable<Integer> {

	private static final String ROW = "  %-48s %10s %10s %10s %10s %10s %10s%n";
	/** More migrations than this are summarised, not listed one per line. */
	static final int MAX_LISTED = 50;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE",
			description = "measurement files, or run directories of vmmig lab (their run.json describes guest and policy)")
	List<Path> files;

	@Option(names = "--bandwidth", required = true, paramLabel = "RATE",
			description = "nominal bandwidth of the migration path, e.g. 10Gbps")
	String bandwidth;

	@Option(names = "--memory", paramLabel = "SIZE", description = "the guest's memory, to check the replies against")
	String memory;

	@Option(names = "--working-set", paramLabel = "SIZE",
			description = "memory the guest keeps rewriting (default: all of its memory)")
	String workingSet;

	@Option(names = "--dirty-rate", paramLabel = "RATE",
			description = "the guest's dirty rate (QEMU's completed replies report 0); default: what a trace of replies shows")
	String dirtyRate;

	@Option(names = "--downtime-limit", paramLabel = "DURATION",
			description = "downtime limit the migrations ran with, when no --policy is given (default: 300ms)")
	String downtimeLimit;

	@Option(names = "--model", paramLabel = "FILE.vmig", description = "the model whose --policy the migrations ran under")
	Path model;

	@Option(names = "--policy", paramLabel = "NAME", description = "the policy of --model the migrations ran under")
	String policy;

	@Option(names = "--environment", paramLabel = "NAME", defaultValue = "calibrated",
			description = "the name of the environment element (default: ${DEFAULT-VALUE})")
	String environment;

	@Option(names = "--write", paramLabel = "FILE.vmig",
			description = "write the environment into this model (replacing one of the same name); with --policy of the"
					+ " same file, point the policy at it")
	Path write;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			checkName(environment);
			double rate = quantity(bandwidth, Dimension.DATA_RATE, "--bandwidth", false);
			GuestDescription guest = new GuestDescription(optional(memory, Dimension.DATA_SIZE, "--memory", false),
					optional(workingSet, Dimension.DATA_SIZE, "--working-set", false),
					optional(dirtyRate, Dimension.DATA_RATE, "--dirty-rate", true));
			MigrationPolicy migrationPolicy = policy(err);
			if (migrationPolicy == null) {
				return ExitCodes.MODEL_ERRORS;
			}
			CalibrationCases cases = new CalibrationCases();
			for (Path file : files) {
				read(file, guest, migrationPolicy, cases);
			}
			TerminalProgress progress = new TerminalProgress(err);
			progress.start("calibrating");
			CalibrationResult result = new Calibrator().calibrate(cases.cases(), rate, cases.skipped(),
					(done, total) -> progress.step(done, total));
			progress.done();
			print(result, cases, out);
			String element = EnvironmentElement.render(environment, result.fitted(), provenance(result, rate, files));
			if (write == null) {
				out.println();
				out.print(element);
			} else {
				Path policyFile = model != null && write.toAbsolutePath().normalize().equals(model.toAbsolutePath().normalize())
						? model : null;
				out.println(EnvironmentElement.writeInto(write, environment, element, policyFile != null ? policy : null));
			}
			return ExitCodes.OK;
		} catch (CalibrationInputException | IllegalArgumentException | ModelFileEdit.RefusedException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot read or write a file: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}

	/** A file of replies with the options' guest and policy, or a lab run with its own. */
	private static void read(Path file, GuestDescription guest, MigrationPolicy policy, CalibrationCases cases)
			throws IOException, CalibrationInputException {
		if (LabRunInput.isRunDirectory(file)) {
			LabRunInput run = LabRunInput.read(file);
			cases.add(new MeasurementReader().read(run.replies()), run.guest(), run.policy());
			return;
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IllegalArgumentException("cannot read " + file + ": no such readable file (or lab run directory)");
		}
		cases.add(new MeasurementReader().read(file), guest, policy);
	}

	/** The policy of --model/--policy, or one with --downtime-limit; null when the model has errors (printed). */
	private MigrationPolicy policy(PrintWriter err) throws IOException {
		if ((model == null) != (policy == null)) {
			throw new IllegalArgumentException("--model and --policy go together: the policy NAME of the model FILE.vmig");
		}
		if (model == null) {
			double limit = downtimeLimit == null ? 0.3 : quantity(downtimeLimit, Dimension.DURATION, "--downtime-limit", false);
			return MigrationPolicy.builder().downtimeLimitSeconds(limit).build();
		}
		if (downtimeLimit != null) {
			throw new IllegalArgumentException("--downtime-limit is the policy's: leave it out with --policy");
		}
		if (!Files.isRegularFile(model)) {
			throw new IllegalArgumentException("cannot read " + model + ": no such model file");
		}
		ModelCheck check = new ModelCheck();
		List<LoadedFile> loaded;
		try {
			loaded = check.loadAndReport(List.of(model), err);
		} catch (InputFiles.InputException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
		if (ModelCheck.count(loaded, Diagnostic.Severity.ERROR) > 0) {
			err.println("vmmig: " + model + " has errors: fix the errors above first");
			return null;
		}
		Policy found = org.vmmig.dsl.mapping.ModelElements.visibleFrom(loaded.get(0).model()).stream()
				.filter(Policy.class::isInstance).map(Policy.class::cast).filter(p -> policy.equals(p.getName()))
				.findFirst().orElseThrow(() -> new IllegalArgumentException(model + " has no policy '" + policy + "'"));
		return new ModelMapper().policy(found);
	}

	private static void checkName(String name) {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,99}")) {
			throw new IllegalArgumentException("--environment expects a name of letters, digits and '_', not '" + name + "'");
		}
	}

	private static OptionalDouble optional(String text, Dimension expected, String option, boolean zeroAllowed) {
		return text == null ? OptionalDouble.empty() : OptionalDouble.of(quantity(text, expected, option, zeroAllowed));
	}

	private static double quantity(String text, Dimension expected, String option, boolean zeroAllowed) {
		return OptionValues.quantity(text, expected, option, zeroAllowed);
	}

	/** Where the figures came from, for the element's {@code measured}. */
	static String provenance(CalibrationResult result, double rate, List<Path> files) {
		String names = files.stream().limit(3).map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("");
		return String.format(Locale.ROOT, "vmmig calibrate: %d migration(s) from %s%s at %s nominal; mean error time %s -> %s,"
				+ " data %s -> %s", result.after().size(), names, files.size() > 3 ? " and " + (files.size() - 3) + " more" : "",
				Formats.rate(rate), percent(error(result.before(), Comparison::totalTimeError)),
				percent(error(result.after(), Comparison::totalTimeError)), percent(error(result.before(), Comparison::dataError)),
				percent(error(result.after(), Comparison::dataError)));
	}

	private static double error(List<Comparison> comparisons, java.util.function.ToDoubleFunction<Comparison> metric) {
		return CalibrationResult.meanAbsoluteError(comparisons, metric);
	}

	static void print(CalibrationResult result, CalibrationCases cases, PrintWriter out) {
		if (result.before().size() <= MAX_LISTED) {
			out.printf(ROW, "migration", "time", "predicted", "downtime", "predicted", "data", "predicted");
			for (Comparison c : result.before()) {
				out.printf(ROW, c.measured().source(), Formats.seconds(c.measured().totalSeconds()),
						Formats.seconds(c.predicted().totalSeconds()), Formats.seconds(c.measured().downtimeSeconds()),
						Formats.seconds(c.predicted().downtimeSeconds()), Formats.bytes(c.measured().bytesTransferred()),
						Formats.bytes(c.predicted().bytesTransferred()));
			}
		} else {
			out.printf("  %d completed migration(s)%n", result.before().size());
		}
		if (result.skipped() > 0) {
			out.printf("  %d migration(s) skipped: not completed%n", result.skipped());
		}
		if (cases.traceReplies() > 0) {
			out.printf("  %d reply(ies) of running migrations read as their trace%n", cases.traceReplies());
		}
		out.printf("mean error before calibration: time %s, downtime %s, data %s%n", errors(result.before()));
		out.printf(Locale.ROOT, "fitted: bandwidth efficiency %.2f, round overhead %s, switchover %s%n",
				result.fitted().bandwidthEfficiency(), Formats.seconds(result.fitted().roundOverheadSeconds()),
				Formats.seconds(result.fitted().switchoverSeconds()));
		out.printf("mean error after calibration:  time %s, downtime %s, data %s%n", errors(result.after()));
	}

	private static Object[] errors(List<Comparison> comparisons) {
		return new Object[] { percent(error(comparisons, Comparison::totalTimeError)),
				percent(error(comparisons, Comparison::downtimeError)), percent(error(comparisons, Comparison::dataError)) };
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f %%", share * 100);
	}
}
