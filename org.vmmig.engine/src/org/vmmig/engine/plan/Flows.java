package org.vmmig.engine.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Transfers in flight as a fluid (Bertsekas and Gallager's flow model): each has bytes left and a rate, which
 * whoever shares the bandwidth sets ({@link SharedLinks}); between two events every transfer advances at its rate,
 * and the next event is the earliest end. The migration scheduler and the time simulation's migrations in flight
 * both advance on it. A transfer may instead have a fixed end (CloudSim's migrations take a set time).
 *
 * @param <F> the transfers, with whatever else their owner keeps on them
 */
public final class Flows<F extends Flows.Flow> {

	/** One transfer: bytes left (NaN until priced), its rate, or a fixed end. */
	public static class Flow {
		private double remaining = Double.NaN;
		private double rate;
		private double fixedEnd = Double.NaN;

		public double remaining() {
			return remaining;
		}

		/** Sets the bytes left: when the transfer is priced. */
		public void remaining(double bytes) {
			remaining = bytes;
		}

		public double rate() {
			return rate;
		}

		public void rate(double bytesPerSecond) {
			rate = bytesPerSecond;
		}

		/** Ends at {@code seconds} whatever its rate (CloudSim's timing). */
		public void fixEnd(double seconds) {
			fixedEnd = seconds;
		}

		public boolean priced() {
			return !Double.isNaN(remaining);
		}
	}

	private final List<F> active = new ArrayList<>();
	private double now;

	/** The transfers in flight, in the order they started. */
	public List<F> active() {
		return Collections.unmodifiableList(active);
	}

	/** The time the transfers were last advanced to. */
	public double now() {
		return now;
	}

	/** Starts a transfer (each at most once: {@link #finishAt} takes a finished one out once). */
	public void add(F flow) {
		active.add(flow);
	}

	public void remove(F flow) {
		active.remove(flow);
	}

	/** When the first transfer in flight ends, each going on at its rate (infinity: none will). */
	public double nextEnd() {
		double min = Double.POSITIVE_INFINITY;
		for (int i = 0; i < active.size(); i++) {
			min = Math.min(min, end(active.get(i)));
		}
		return min;
	}

	private double end(Flow f) {
		if (!Double.isNaN(f.fixedEnd)) {
			return f.fixedEnd;
		}
		return f.rate > 0 ? now + f.remaining / f.rate : Double.POSITIVE_INFINITY;
	}

	/**
	 * Removes and returns the transfers that end at or before {@code time}, in the order they started, and advances
	 * the others to {@code time}.
	 */
	public List<F> finishAt(double time) {
		List<F> done = new ArrayList<>();
		int kept = 0; // one pass keeping the others in order (removeAll would look each one up in done)
		for (int i = 0; i < active.size(); i++) {
			F f = active.get(i);
			if (end(f) <= time) {
				done.add(f);
			} else {
				active.set(kept++, f);
			}
		}
		active.subList(kept, active.size()).clear();
		advance(time);
		return done;
	}

	/** Moves every priced transfer on at its rate from the last event to {@code time}. */
	public void advance(double time) {
		if (time > now) {
			for (Flow f : active) {
				if (Double.isNaN(f.fixedEnd) && !Double.isNaN(f.remaining)) {
					f.remaining = Math.max(0, f.remaining - f.rate * (time - now));
				}
			}
			now = time;
		}
	}
}
