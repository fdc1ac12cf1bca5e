package org.vmmig.engine.sweep;

import java.io.Serializable;

/**
 * The work of a sweep: run number {@code index} (0 ≤ index &lt; the sweep's run count). It must be a pure function
 * of the index and of the task's own (immutable) state — a Monte-Carlo run derives its random stream from the
 * sweep's seed and the index, never from a shared generator — so that any executor, with any number of threads or
 * machines, gives the same result for the same index. Serializable because a cluster executor ships the task to its
 * workers.
 *
 * @param <R> a run's result; serializable for the same reason
 */
@FunctionalInterface
public interface SweepTask<R extends Serializable> extends Serializable {

    /** Computes run {@code index}. An exception fails this run only; the executor records it and goes on. */
    R run(int index) throws Exception;
}
