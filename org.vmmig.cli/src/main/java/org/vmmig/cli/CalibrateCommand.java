package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.engine.calibration.CalibrationInputException;
import org.vmmig.engine.calibration.CalibrationResult;
import org.vmmig.engine.calibration.Calibrator;
import org.vmmig.engine.calibration.Comparison;
import org.vmmig.engine.calibration.MeasuredMigration;
import org.vmmig.engine.calibration.MeasurementReader;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Formats;
import org.vmmig.engine.units.Quantity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
		description = { "Compares the cost model with measured migrations (QEMU query-migrate JSON, virsh domjobinfo "
				+ "text) and fits the effective bandwidth and the per-round overhead.",
				"Formats: docs/calibration-formats.md." })
public final class CalibrateCommand implements Callable<Integer> {

	private static final String ROW = "  %-48s %10s %10s %10s %10s %10s %10s%n";

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "measurement files")
	List<Path> files;

	@Option(names = "--bandwidth", required = true, paramLabel = "RATE",
			description = "nominal bandwidth of the migration path, e.g. 10Gbps")
	String bandwidth;

	@Option(names = "--downtime-limit", paramLabel = "DURATION", defaultValue = "300ms",
			description = "downtime limit the migrations ran with (default: ${DEFAULT-VALUE})")
	String downtimeLimit;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			double rate = quantity(bandwidth, Dimension.DATA_RATE, "--bandwidth");
			double limit = quantity(downtimeLimit, Dimension.DURATION, "--downtime-limit");
			List<MeasuredMigration> measured = new ArrayList<>();
			for (Path file : files) {
				if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
					err.println("vmmig: cannot read " + file + ": no such readable file");
					return ExitCodes.USAGE_OR_IO;
				}
				measured.addAll(new MeasurementReader().read(file));
			}
			CalibrationResult result = new Calibrator().calibrate(measured, rate,
					MigrationPolicy.builder().downtimeLimitSeconds(limit).build());
			print(result, out);
			return ExitCodes.OK;
		} catch (CalibrationInputException | IllegalArgumentException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot read a measurement file: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}

	private static double quantity(String text, Dimension expected, String option) {
		Quantity quantity = Quantity.parse(text);
		if (quantity.dimension() != expected || !(quantity.toBase() > 0)) {
			throw new IllegalArgumentException(option + " expects a " + expected.displayName() + " > 0, got '" + text + "'");
		}
		return quantity.toBase();
	}

	private static void print(CalibrationResult result, PrintWriter out) {
		out.printf(ROW, "migration", "time", "predicted", "downtime", "predicted", "data", "predicted");
		for (Comparison c : result.before()) {
			out.printf(ROW, c.measured().source(), Formats.seconds(c.measured().totalSeconds()),
					Formats.seconds(c.predicted().totalSeconds()), Formats.seconds(c.measured().downtimeSeconds()),
					Formats.seconds(c.predicted().downtimeSeconds()), Formats.bytes(c.measured().bytesTransferred()),
					Formats.bytes(c.predicted().bytesTransferred()));
		}
		if (result.skipped() > 0) {
			out.printf("  %d migration(s) skipped: not completed%n", result.skipped());
		}
		out.printf("mean error before calibration: time %s, downtime %s, data %s%n", errors(result.before()));
		out.printf("fitted: bandwidth efficiency %.2f, round overhead %s%n", result.fitted().bandwidthEfficiency(),
				Formats.seconds(result.fitted().roundOverheadSeconds()));
		out.printf("mean error after calibration:  time %s, downtime %s, data %s%n", errors(result.after()));
	}

	private static Object[] errors(List<Comparison> comparisons) {
		return new Object[] { percent(CalibrationResult.meanAbsoluteError(comparisons, Comparison::totalTimeError)),
				percent(CalibrationResult.meanAbsoluteError(comparisons, Comparison::downtimeError)),
				percent(CalibrationResult.meanAbsoluteError(comparisons, Comparison::dataError)) };
	}

	private static String percent(double share) {
		return String.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
	}
}
