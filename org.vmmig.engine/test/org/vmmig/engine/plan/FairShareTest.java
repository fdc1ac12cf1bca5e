package org.vmmig.engine.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Max-min fair sharing of links, checked against the textbook examples. */
class FairShareTest {

	@Test
	void flowsOnOneLinkSplitItEqually() {
		assertArrayEquals(new double[] { 5, 5 }, FairShare.rates(new double[] { 10 }, new int[][] { { 0 }, { 0 } }), 1e-12);
	}

	@Test
	void aFlowHeldBackElsewhereLeavesTheRestToTheOthers() {
		// link 0 (10) carries flows a and b; flow b also crosses link 1 (2): b gets 2, a gets the remaining 8
		assertArrayEquals(new double[] { 8, 2 }, FairShare.rates(new double[] { 10, 2 }, new int[][] { { 0 }, { 0, 1 } }), 1e-12);
	}

	@Test
	void theParkingLotExample() {
		// Bertsekas and Gallager §6.5.2: a long flow over links 0 and 1 (capacity 1 each), a short flow on each
		// link: every flow gets 1/2
		assertArrayEquals(new double[] { 0.5, 0.5, 0.5 },
				FairShare.rates(new double[] { 1, 1 }, new int[][] { { 0, 1 }, { 0 }, { 1 } }), 1e-12);
	}

	@Test
	void unequalLinksFillInTurn() {
		// link 0 (3) shared by a, b, c; link 1 (1) shared by c, d: c and d get 1/2; a and b share the 2.5 left
		assertArrayEquals(new double[] { 1.25, 1.25, 0.5, 0.5 },
				FairShare.rates(new double[] { 3, 1 }, new int[][] { { 0 }, { 0 }, { 0, 1 }, { 1 } }), 1e-12);
	}

	@Test
	void namedLinksAreSharedByEveryTransferThatNamesThem() {
		// two migrations leave host a (NIC 10) for b and c (NICs 4 and 10): the one into b is held at 4 by b's NIC,
		// the other gets the 6 left of a's; a link's capacity is the one given when it is first named
		SharedLinks<String> links = new SharedLinks<>();
		int out = links.link("out:a", 10);
		links.transfer(out, links.link("in:b", 4));
		links.transfer(links.link("out:a", 999), links.link("in:c", 10));
		assertArrayEquals(new double[] { 4, 6 }, links.rates(), 1e-12);
	}
}
