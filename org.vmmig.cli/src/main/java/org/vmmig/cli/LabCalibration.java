package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.calibration.CalibrationCases;
import org.vmmig.engine.calibration.CalibrationInputException;
import org.vmmig.engine.calibration.CalibrationResult;
import org.vmmig.engine.calibration.Calibrator;
import org.vmmig.engine.calibration.MeasurementReader;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.lab.Accelerator;
import org.vmmig.lab.GuestImage;
import org.vmmig.lab.GuestSpec;
import org.vmmig.lab.LabException;
import org.vmmig.lab.LabRun;
import org.vmmig.lab.LabRunInput;

/**
 * {@code vmmig lab --calibrate}: closes the loop on this machine — three short migrations of the guest under the
 * policy (idle, a light and a busy workload in its memory), calibrated as {@code vmmig calibrate} does on their run
 * directories, the environment printed or written into a model.
 */
final class LabCalibration {

	static final long MIB = 1024 * 1024;

	private final PrintWriter out;
	private final PrintWriter err;
	private final Path output;
	private final Accelerator accelerator;
	private final Duration timeout;
	private final double linkRate;
	private final String environment;
	private final Path write;

	LabCalibration(PrintWriter out, PrintWriter err, Path output, Accelerator accelerator, Duration timeout,
			double linkRate, String environment, Path write) {
		this.out = out;
		this.err = err;
		this.output = output;
		this.accelerator = accelerator;
		this.timeout = timeout;
		this.linkRate = linkRate;
		this.environment = environment;
		this.write = write;
	}

	/**
	 * The three guests: the given memory, with 4 MiB idle; a working set of 1/8 of the memory the kernel leaves
	 * free dirtied at 1/8 of the cap per second; a quarter of it at 3/8 of the cap (the cap: the policy's, else
	 * 64 MiB/s, the accuracy test's): well inside pre-copy's convergence, so the runs stay short.
	 */
	static List<GuestSpec> guests(GuestSpec given, MigrationPolicy policy) {
		double cap = Double.isFinite(policy.bandwidthCapBytesPerSecond()) && policy.bandwidthCapBytesPerSecond() > 0
				? policy.bandwidthCapBytesPerSecond() : 64 * MIB;
		long free = given.memoryBytes() - 64 * MIB - given.fillBytes();
		long light = Math.max(4 * MIB, free / 8 / MIB * MIB);
		long busy = Math.max(4 * MIB, free / 4 / MIB * MIB);
		return List.of(new GuestSpec(given.memoryBytes(), 4 * MIB, 0, given.fillBytes(), given.pace()),
				new GuestSpec(given.memoryBytes(), light, cap / 8, given.fillBytes(), given.pace()),
				new GuestSpec(given.memoryBytes(), busy, cap * 3 / 8, given.fillBytes(), given.pace()));
	}

	int run(String name, GuestSpec guest, MigrationPolicy policy) {
		try {
			GuestImage image = GuestImage.build(GuestImage.defaultCache());
			List<Path> runs = new ArrayList<>();
			List<GuestSpec> guests = guests(guest, policy);
			for (int k = 0; k < guests.size(); k++) {
				String run = name + "-calibrate-" + (k + 1);
				new LabRun(image, output, accelerator, timeout, err).run(run, guests.get(k), policy);
				runs.add(output.resolve(run));
			}
			CalibrationCases cases = new CalibrationCases();
			for (Path run : runs) {
				LabRunInput input = LabRunInput.read(run);
				cases.add(new MeasurementReader().read(input.replies()), input.guest(), input.policy());
			}
			CalibrationResult result = new Calibrator().calibrate(cases.cases(), linkRate, cases.skipped());
			CalibrateCommand.print(result, cases, out);
			String element = EnvironmentElement.render(environment, result.fitted(),
					CalibrateCommand.provenance(result, linkRate, runs));
			if (write == null) {
				out.println();
				out.print(element);
			} else {
				out.println(EnvironmentElement.writeInto(write, environment, element, null));
			}
			out.println("runs: " + runs.stream().map(Path::toString).reduce((a, b) -> a + " " + b).orElse("")
					+ " (vmmig calibrate takes them again)");
			return ExitCodes.OK;
		} catch (LabException | CalibrationInputException | ModelFileEdit.RefusedException
				| IllegalArgumentException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot read or write a file: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}
}
