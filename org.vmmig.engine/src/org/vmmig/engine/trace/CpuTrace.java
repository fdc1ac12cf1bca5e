package org.vmmig.engine.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A VM's CPU utilisation over time in the PlanetLab format distributed with CloudSim (CoMon traces): one
 * integer percentage (0–100) of the VM's requested CPU per line, one line every 5 minutes; 288 lines are a
 * day. Blank lines are ignored.
 */
public record CpuTrace(String name, double[] utilisation) {

	/** The sampling interval of the PlanetLab traces. */
	public static final double INTERVAL_SECONDS = 300;
	/** A trace longer than a year of 5-minute samples is refused rather than read into memory. */
	public static final int MAX_SAMPLES = 105_120;

	/** A trace that does not follow the format; the message names the trace and the line. */
	public static final class FormatException extends Exception {
		private static final long serialVersionUID = 1L;

		FormatException(String message) {
			super(message);
		}
	}

	public static CpuTrace read(String name, InputStream input) throws IOException, FormatException {
		double[] samples = new double[288];
		int count = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String value = line.strip();
				if (value.isEmpty()) {
					continue;
				}
				if (count == MAX_SAMPLES) {
					throw new FormatException(name + ":" + number + ": more than " + MAX_SAMPLES + " samples");
				}
				if (count == samples.length) {
					samples = Arrays.copyOf(samples, samples.length * 2);
				}
				samples[count++] = percentage(name, number, value) / 100.0;
			}
		}
		if (count == 0) {
			throw new FormatException(name + ": the trace has no samples");
		}
		return new CpuTrace(name, Arrays.copyOf(samples, count));
	}

	private static int percentage(String name, int line, String value) throws FormatException {
		int percent;
		try {
			percent = Integer.parseInt(value);
		} catch (NumberFormatException e) {
			// never the value itself: a model may name a file it should not read, whose content must not leak
			throw new FormatException(name + ":" + line + ": not a whole percentage (one integer 0..100 a line)");
		}
		if (percent < 0 || percent > 100) {
			throw new FormatException(name + ":" + line + ": " + percent + " is outside 0..100 %");
		}
		return percent;
	}

	public double durationSeconds() {
		return utilisation.length * INTERVAL_SECONDS;
	}
}
