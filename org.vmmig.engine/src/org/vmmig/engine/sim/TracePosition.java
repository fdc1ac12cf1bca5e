package org.vmmig.engine.sim;

/**
 * Where a time falls among the samples of a trace sampled every {@code sampleSeconds}: the part of
 * {@link SimVm#utilisationAt} that does not depend on the samples. At each migration end of a CloudSim-rule run
 * every VM's demand is read at the same time; they share this rather than each dividing and rounding again (the
 * same operations, so the same bits).
 */
final class TracePosition {

	final double seconds;
	final double sampleSeconds;
	/** Not after time 0: the first sample holds. */
	final boolean atStart;
	/** The sample at or before the time, and the one after it (the same one on a sample). */
	final int lower, upper;
	/** The time is a sample's. */
	final boolean onSample;
	/** Seconds between the two samples, and from the lower one to the time. */
	final double span, offset;

	private TracePosition(double seconds, double sampleSeconds) {
		this.seconds = seconds;
		this.sampleSeconds = sampleSeconds;
		atStart = !(seconds > 0);
		// seconds > 0 when it is used, so a cast gives (int) Math.floor and one more than it (int) Math.ceil,
		// without the calls (the JIT's first tier does not inline them); both saturate alike past Integer.MAX_VALUE
		double position = seconds / sampleSeconds;
		lower = (int) position;
		onSample = lower == position && seconds % sampleSeconds == 0; // a remainder is slow: tested last
		upper = position > lower ? lower + 1 : lower;
		span = (upper - lower) * sampleSeconds;
		offset = seconds - lower * sampleSeconds;
	}

	static TracePosition of(double seconds, double sampleSeconds) {
		return new TracePosition(seconds, sampleSeconds);
	}

	/** This position if it is that of {@code seconds} for {@code sampleSeconds}, otherwise that one. */
	TracePosition at(double seconds, double sampleSeconds) {
		return seconds == this.seconds && sampleSeconds == this.sampleSeconds ? this : of(seconds, sampleSeconds);
	}
}
