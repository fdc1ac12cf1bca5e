package org.vmmig.engine.sweep;

import java.util.SplittableRandom;

/**
 * The random stream of one Monte-Carlo sample, a function of the sweep's seed and the sample's number only — never
 * of a generator shared between threads — so a sweep gives the same numbers with 1 thread, 4 threads or a cluster.
 */
public final class RandomStreams {

	private RandomStreams() {
	}

	/**
	 * The stream of sample {@code sample} under {@code seed}: SplittableRandom seeded with the two mixed by
	 * SplitMix64's finaliser (Steele, Lea and Flood, OOPSLA 2014), so neighbouring samples get unrelated streams.
	 */
	public static SplittableRandom of(long seed, long sample) {
		return new SplittableRandom(mix(mix(seed) + 0x9E3779B97F4A7C15L * (sample + 1)));
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
