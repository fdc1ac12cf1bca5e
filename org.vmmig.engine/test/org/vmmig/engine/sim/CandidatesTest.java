package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The order in which the placement search checks hosts for overload ({@link Candidates}): it must end on the host
 * CloudSim's search ends on — looking at the hosts in index order and taking one that costs less than the best so
 * far only when it is not overloaded.
 */
class CandidatesTest {

	@Test
	void cheapestFirstAndTheEarlierOfEqualCosts() {
		Candidates c = new Candidates(5);
		c.add(10, 3.0);
		c.add(11, 1.0);
		c.add(12, 1.0);
		c.add(13, -0.0);
		c.add(14, 0.0);
		assertEquals(13, c.host(c.cheapest()), "−0 ties with +0: the earlier wins");
		c.drop(c.cheapest());
		assertEquals(14, c.host(c.cheapest()));
		c.drop(c.cheapest());
		assertEquals(11, c.host(c.cheapest()));
		c.drop(c.cheapest());
		assertEquals(12, c.host(c.cheapest()));
		c.drop(c.cheapest());
		assertEquals(10, c.host(c.cheapest()));
		c.drop(c.cheapest());
		assertEquals(-1, c.cheapest());
	}

	@Test
	void costsThatNeverWinInCloudSimsSearchNeverWinHere() {
		Candidates c = new Candidates(3);
		c.add(0, Double.NaN);
		c.add(1, Double.MAX_VALUE);
		c.add(2, Double.POSITIVE_INFINITY);
		assertEquals(-1, c.cheapest());
	}

	/** Random costs (many ties, NaN, infinities) and overload verdicts: the same host as CloudSim's loop. */
	@Test
	void endsOnTheHostCloudSimsSearchEndsOn() {
		SplittableRandom random = new SplittableRandom(17);
		double[] values = { -1, -0.0, 0, 0.5, 1, 1, 2, Double.NaN, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
				Double.NEGATIVE_INFINITY, Double.MIN_VALUE };
		for (int round = 0; round < 100_000; round++) {
			int n = random.nextInt(12);
			double[] cost = new double[n];
			boolean[] overloaded = new boolean[n];
			for (int i = 0; i < n; i++) {
				cost[i] = random.nextInt(3) == 0 ? random.nextDouble() : values[random.nextInt(values.length)];
				overloaded[i] = random.nextInt(3) == 0;
			}
			// CloudSim 4.0's PowerVmAllocationPolicyMigrationAbstract.findHostForVm, in outline
			double minIncrease = Double.MAX_VALUE;
			int expected = -1;
			int checksThere = 0;
			for (int i = 0; i < n; i++) {
				if (cost[i] < minIncrease) {
					checksThere++;
					if (!overloaded[i]) {
						minIncrease = cost[i];
						expected = i;
					}
				}
			}
			Candidates c = new Candidates(n);
			for (int i = 0; i < n; i++) {
				c.add(i, cost[i]);
			}
			int found = -1;
			int checksHere = 0;
			for (int at = c.cheapest(); at >= 0; at = c.cheapest()) {
				checksHere++;
				if (!overloaded[c.host(at)]) {
					found = c.host(at);
					break;
				}
				c.drop(at);
			}
			assertEquals(expected, found, () -> java.util.Arrays.toString(cost) + " " + java.util.Arrays.toString(overloaded));
			assertTrue(checksHere <= checksThere, "never more overload checks than CloudSim's order makes");
		}
	}
}
