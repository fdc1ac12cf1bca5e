package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The bit sets the simulation's passes and its placement search iterate instead of every host ({@link IdleHosts}):
 * each checked against a plain computation over all hosts, as those passes did it before.
 */
class IdleHostsTest {

	private static final double MB = 1e6;

	@Test
	void lowestBitIsTheJdksNumberOfTrailingZeros() {
		for (int i = 0; i < 64; i++) {
			assertEquals(i, IdleHosts.lowestBit(1L << i));
			assertEquals(i, IdleHosts.lowestBit(-1L << i), "with every bit above it set too");
		}
		SplittableRandom random = new SplittableRandom(3);
		for (int n = 0; n < 1_000_000; n++) {
			long bits = random.nextLong() >>> random.nextInt(64); // every bit length
			bits <<= random.nextInt(64);
			if (bits != 0) {
				assertEquals(Long.numberOfTrailingZeros(bits), IdleHosts.lowestBit(bits), Long.toBinaryString(bits));
			}
		}
	}

	/**
	 * Hosts of two kinds become blank or busy at random; the busy list, the first blank host of each kind and the
	 * set of all hosts are what a scan of every host finds, for sizes around a word's boundary.
	 */
	@Test
	void busyHostsFirstBlankAndAllAreWhatAScanOfEveryHostFinds() {
		SplittableRandom random = new SplittableRandom(11);
		for (int count : new int[] { 1, 63, 64, 65, 127, 128, 800 }) {
			SimHost[] specs = new SimHost[count];
			for (int i = 0; i < count; i++) {
				specs[i] = new SimHost("h" + i, i % 3 == 0 ? 1860 : 2660, 2, 4096 * MB, 1e9 / 8,
						i % 3 == 0 ? PlanetLabSetup.ML110_G4 : PlanetLabSetup.ML110_G5);
			}
			IdleHosts idle = new IdleHosts(specs);
			boolean[] blank = new boolean[count];
			java.util.Arrays.fill(blank, true);
			for (int change = 0; change < 2000; change++) {
				int host = random.nextInt(count);
				blank[host] = random.nextBoolean();
				idle.blank(host, blank[host]);
				boolean[] b = blank;
				assertArrayEquals(IntStream.range(0, count).filter(i -> !b[i]).toArray(), idle.busyHosts());
				for (int kind = 0; kind < idle.kinds(); kind++) {
					int k = kind;
					int first = IntStream.range(0, count).filter(i -> b[i] && idle.kindOf(i) == k).findFirst().orElse(-1);
					assertEquals(first, idle.firstBlank(kind));
				}
			}
			long[] all = idle.allSet();
			for (int i = 0; i < all.length * 64; i++) {
				assertEquals(i < count, IdleHosts.contains(all, i), "host " + i + " of " + count);
			}
		}
	}

	@Test
	void aUnionOfTwoListsOfHostsHasEachOnceInOrder() {
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 10_000; round++) {
			int[] a = IntStream.range(0, 70).filter(i -> random.nextInt(3) == 0).toArray();
			int[] b = IntStream.range(0, 70).filter(i -> random.nextInt(3) == 0).toArray();
			int[] expected = IntStream.range(0, 70)
					.filter(i -> java.util.Arrays.binarySearch(a, i) >= 0 || java.util.Arrays.binarySearch(b, i) >= 0).toArray();
			assertArrayEquals(expected, IdleHosts.union(a, b));
		}
	}

	@Test
	void theBusyListIsMadeAgainOnlyAfterAChange() {
		SimHost spec = new SimHost("h", 1000, 2, 4096 * MB, 1e9 / 8, PlanetLabSetup.ML110_G4);
		IdleHosts idle = new IdleHosts(new SimHost[] { spec, spec, spec });
		idle.blank(1, false);
		int[] first = idle.busyHosts();
		assertSame(first, idle.busyHosts(), "no change, the same list");
		idle.blank(2, false);
		assertArrayEquals(new int[] { 1 }, first, "a list handed out is never changed");
		assertArrayEquals(new int[] { 1, 2 }, idle.busyHosts());
	}
}
