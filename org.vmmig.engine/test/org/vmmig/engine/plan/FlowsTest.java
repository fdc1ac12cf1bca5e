package org.vmmig.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The fluid model of transfers in flight that the scheduler and the time simulation share. */
class FlowsTest {

	private static Flows.Flow flow(double bytes, double rate) {
		Flows.Flow f = new Flows.Flow();
		f.remaining(bytes);
		f.rate(rate);
		return f;
	}

	@Test
	void theEarliestEndComesFirstAndTheOthersAdvanceToIt() {
		Flows<Flows.Flow> flows = new Flows<>();
		Flows.Flow big = flow(100, 10); // ends at 10 s
		Flows.Flow small = flow(20, 5); // ends at 4 s
		flows.add(big);
		flows.add(small);
		assertEquals(4, flows.nextEnd(), 1e-12);
		assertEquals(List.of(small), flows.finishAt(4));
		assertEquals(60, big.remaining(), 1e-12); // 100 − 10 · 4
		assertEquals(4, flows.now(), 0);
		big.rate(20); // its share grew when the other ended: 60 bytes at 20 B/s
		assertEquals(7, flows.nextEnd(), 1e-12);
		assertEquals(List.of(big), flows.finishAt(7));
		assertTrue(flows.active().isEmpty());
		assertEquals(Double.POSITIVE_INFINITY, flows.nextEnd());
	}

	@Test
	void aFixedEndIgnoresTheRateAndAnUnpricedFlowDoesNotAdvance() {
		Flows<Flows.Flow> flows = new Flows<>();
		Flows.Flow fixed = flow(1e9, 1);
		fixed.fixEnd(3);
		Flows.Flow unpriced = new Flows.Flow();
		flows.add(fixed);
		flows.add(unpriced);
		assertEquals(3, flows.nextEnd(), 0);
		assertEquals(List.of(fixed), flows.finishAt(3));
		assertTrue(!unpriced.priced());
	}
}
