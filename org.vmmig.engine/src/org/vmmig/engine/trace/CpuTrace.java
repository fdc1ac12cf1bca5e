package org.vmmig.engine.trace;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
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
		byte[] bytes = input.readNBytes(IN_MEMORY_BYTES);
		if (bytes.length == IN_MEMORY_BYTES) { // perhaps more: streamed, so that a huge file is refused, not held
			return readLines(name, new SequenceInputStream(new ByteArrayInputStream(bytes), input));
		}
		double[] plain = readPlain(bytes);
		return plain != null ? new CpuTrace(name, plain) : readLines(name, new ByteArrayInputStream(bytes));
	}

	/** Traces up to this size are read whole (a year of samples takes about 0.5 MB). */
	private static final int IN_MEMORY_BYTES = 4 << 20;

	/**
	 * The samples of a trace in the usual form — lines of one to three ASCII digits, at most 100, spaces or tabs
	 * around them, blank lines — or null for anything else, which {@link #readLines} then reads (or refuses, with
	 * the line). A day's 1,052 traces are read by every {@code vmmig planetlab}; this loop reads them without a
	 * string a line. A line is read by a method of its own: called 288 times a trace, it is compiled while the first
	 * trace is read, where a loop over a trace's bytes would be interpreted for the first hundred traces.
	 */
	private static double[] readPlain(byte[] bytes) {
		double[] samples = new double[288];
		int count = 0;
		for (int from = 0; from < bytes.length;) {
			long line = plainLine(bytes, from);
			int value = (int) line;
			if (value == NOT_PLAIN) {
				return null;
			}
			if (value >= 0) {
				if (count == MAX_SAMPLES) {
					return null;
				}
				if (count == samples.length) {
					samples = Arrays.copyOf(samples, samples.length * 2);
				}
				samples[count++] = value / 100.0;
			}
			from = (int) (line >>> 32);
		}
		return count == 0 ? null : Arrays.copyOf(samples, count);
	}

	/** {@link #plainLine}'s value for a line not in the usual form. */
	private static final int NOT_PLAIN = -2;

	/**
	 * The line of {@code bytes} that starts at {@code from}: where the next one starts (after its \n or \r) in the
	 * upper 32 bits, and in the lower its value, −1 for a blank line, or {@link #NOT_PLAIN}.
	 */
	private static long plainLine(byte[] bytes, int from) {
		int value = -1; // the line's number so far, -1 before its first digit
		boolean ended = false; // a space or tab after the digits
		int i = from;
		while (i < bytes.length) {
			int b = bytes[i++];
			if (b >= '0' && b <= '9') {
				if (ended) {
					return NOT_PLAIN;
				}
				value = value < 0 ? b - '0' : value * 10 + b - '0';
				if (value > 100) {
					return NOT_PLAIN;
				}
			} else if (b == ' ' || b == '\t') {
				ended = value >= 0;
			} else if (b == '\n' || b == '\r') {
				break;
			} else {
				return NOT_PLAIN;
			}
		}
		return (long) i << 32 | value & 0xFFFF_FFFFL;
	}

	private static CpuTrace readLines(String name, InputStream input) throws IOException, FormatException {
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
