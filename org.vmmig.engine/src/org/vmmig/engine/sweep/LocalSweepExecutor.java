package org.vmmig.engine.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Runs a sweep on this machine's cores: each run is one task of a work-stealing pool ({@link ForkJoinPool}), so
 * long and short runs balance over the threads by themselves. The outcomes do not depend on the number of threads:
 * a run depends on its index only ({@link SweepTask}), and they are returned in index order.
 */
public final class LocalSweepExecutor implements SweepExecutor {

	private final int threads;

	/** With {@code threads} worker threads (at least 1). */
	public LocalSweepExecutor(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("a sweep needs at least one thread, not " + threads);
		}
		this.threads = threads;
	}

	/** One thread per core the JVM may use. */
	public static LocalSweepExecutor allCores() {
		return new LocalSweepExecutor(Runtime.getRuntime().availableProcessors());
	}

	public int threads() {
		return threads;
	}

	@Override
	public <R extends Serializable> List<FinishedRun<R>> run(int count, SweepTask<R> task,
			Consumer<FinishedRun<R>> onFinished) throws InterruptedException {
		List<FinishedRun<R>> outcomes = new ArrayList<>(Collections.nCopies(count, null)); // set by index
		CountDownLatch finished = new CountDownLatch(count);
		Object lock = new Object();
		boolean[] stopped = { false };
		@SuppressWarnings("resource") // shut down below: its close() would wait for the runs still going after a stop
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			for (int i = 0; i < count; i++) {
				int index = i;
				pool.execute(() -> {
					try {
						runOne(index, task, onFinished, outcomes, lock, stopped);
					} finally {
						finished.countDown();
					}
				});
			}
			finished.await();
		} catch (InterruptedException e) {
			synchronized (lock) {
				stopped[0] = true; // from here on no outcome reaches onFinished
			}
			pool.shutdownNow();
			throw e;
		} finally {
			pool.shutdown();
		}
		return List.copyOf(outcomes);
	}

	private static <R extends Serializable> void runOne(int index, SweepTask<R> task, Consumer<FinishedRun<R>> onFinished,
			List<FinishedRun<R>> outcomes, Object lock, boolean[] stopped) {
		synchronized (lock) {
			if (stopped[0]) {
				return; // the sweep was stopped: runs not started yet never start
			}
		}
		FinishedRun<R> outcome;
		try {
			outcome = FinishedRun.success(index, task.run(index));
		} catch (Throwable e) { // a run's failure (even a stack overflow) is its row, not the sweep's end
			outcome = FinishedRun.failure(index, e);
		}
		synchronized (lock) {
			if (!stopped[0]) {
				outcomes.set(index, outcome);
				onFinished.accept(outcome);
			}
		}
	}

	@Override
	public String describe() {
		return threads + (threads == 1 ? " local thread" : " local threads");
	}
}
