package org.vmmig.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The local executor: same outcomes whatever the threads, failures as rows, Ctrl-C keeps what finished. */
@SuppressWarnings("resource") // a LocalSweepExecutor holds nothing to close (its close() is for executors that do)
class LocalSweepExecutorTest {

	/** A run whose result depends on its index only, with uneven work so threads finish out of order. */
	private static final SweepTask<Double> TASK = index -> {
		var random = RandomStreams.of(5, index);
		double sum = 0;
		int work = 1000 + (index % 7) * 20_000;
		for (int i = 0; i < work; i++) {
			sum += random.nextDouble();
		}
		if (index % 13 == 12) {
			throw new IllegalStateException("run " + index + " cannot converge");
		}
		return sum;
	};

	@Test
	void theOutcomesAreTheSameWithOneTwoOrFourThreads() throws Exception {
		List<FinishedRun<Double>> one = new LocalSweepExecutor(1).run(200, TASK, o -> {
		});
		for (int threads : new int[] { 2, 4 }) {
			List<Integer> order = new ArrayList<>();
			List<FinishedRun<Double>> many = new LocalSweepExecutor(threads).run(200, TASK, o -> order.add(o.index()));
			assertEquals(one, many, threads + " threads");
			assertEquals(200, order.size(), "every run reported once");
		}
	}

	@Test
	void aFailedRunIsAnOutcomeWithItsReasonAndTheOthersGoOn() throws Exception {
		List<FinishedRun<Double>> outcomes = new LocalSweepExecutor(2).run(26, TASK, o -> {
		});
		assertEquals(26, outcomes.size());
		assertEquals("run 12 cannot converge", outcomes.get(12).failure());
		assertEquals("run 25 cannot converge", outcomes.get(25).failure());
		assertEquals(24, outcomes.stream().filter(FinishedRun::succeeded).count());
	}

	@Test
	void aStoppedSweepThrowsAndReportsNoRunAfterTheStop() throws Exception {
		AtomicInteger reported = new AtomicInteger();
		Thread caller = Thread.currentThread();
		assertThrows(InterruptedException.class, () -> new LocalSweepExecutor(2).run(100_000, TASK, o -> {
			if (reported.incrementAndGet() == 5) {
				caller.interrupt();
			}
		}));
		int atStop = reported.get();
		assertFalse(Thread.interrupted(), "the interrupt is consumed by the exception");
		Thread.sleep(300); // runs in flight end after the stop: they must not be reported
		assertEquals(atStop, reported.get(), "no run reported after the sweep stopped");
		assertTrue(atStop >= 5 && atStop < 100_000, atStop + " runs reported");
	}
}
