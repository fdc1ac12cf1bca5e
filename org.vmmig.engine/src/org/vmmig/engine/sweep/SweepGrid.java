package org.vmmig.engine.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * How a sweep numbers its runs: every combination of its dimensions' values (the first dimension varies slowest),
 * each repeated for every Monte-Carlo sample. Run {@code i} is combination {@code i / samples}, sample
 * {@code i % samples}.
 */
public final class SweepGrid {

	/** The largest sweep a front end accepts: beyond it a sweep is a mistake, not a study. */
	public static final long MAX_RUNS = 1_000_000;

	private final int[] sizes;
	private final int samples;

	public SweepGrid(List<Integer> sizes, int samples) {
		this.sizes = sizes.stream().mapToInt(Integer::intValue).toArray();
		this.samples = samples;
		if (samples < 1 || Arrays.stream(this.sizes).anyMatch(s -> s < 1)) {
			throw new IllegalArgumentException("every dimension and the samples need at least one value");
		}
		if (count(sizes, samples) > MAX_RUNS) {
			throw new IllegalArgumentException("a sweep of " + count(sizes, samples) + " runs is more than " + MAX_RUNS);
		}
	}

	/** Runs of a sweep: the product of the sizes and the samples, Long.MAX_VALUE when it overflows. */
	public static long count(List<Integer> sizes, long samples) {
		long count = Math.max(samples, 0);
		for (int size : sizes) {
			try {
				count = Math.multiplyExact(count, (long) Math.max(size, 0));
			} catch (ArithmeticException e) {
				return Long.MAX_VALUE;
			}
		}
		return count;
	}

	public int runs() {
		return combinations() * samples;
	}

	public int combinations() {
		int count = 1;
		for (int size : sizes) {
			count *= size;
		}
		return count;
	}

	public int samples() {
		return samples;
	}

	public int dimensions() {
		return sizes.length;
	}

	public int combination(int run) {
		return run / samples;
	}

	public int sample(int run) {
		return run % samples;
	}

	/** The value index in each dimension of a combination. */
	public int[] levels(int combination) {
		int[] levels = new int[sizes.length];
		int rest = combination;
		for (int d = sizes.length - 1; d >= 0; d--) {
			levels[d] = rest % sizes[d];
			rest /= sizes[d];
		}
		return levels;
	}
}
