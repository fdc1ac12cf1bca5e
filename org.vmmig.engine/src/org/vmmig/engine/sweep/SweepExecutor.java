package org.vmmig.engine.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a sweep's runs execute: the local cores (the default), or a cluster. Implementations differ in speed only:
 * for the same task and count they return the same outcomes.
 */
public interface SweepExecutor extends AutoCloseable {

    /**
     * Runs {@code task} for every index in [0, count).
     *
     * @param onFinished told of each run as it finishes, in any order but never concurrently — so a front end can
     *                   show progress and, when interrupted, keep the rows that finished
     * @return every run's outcome, in index order
     * @throws InterruptedException when the sweep is stopped (Ctrl-C); the runs finished so far were already given
     *                              to {@code onFinished}
     */
    <R extends Serializable> List<FinishedRun<R>> run(int count, SweepTask<R> task, Consumer<FinishedRun<R>> onFinished)
            throws InterruptedException;

    /** A short description for logs and reports, e.g. "4 local threads" or "Spark at spark://127.0.0.1:7077". */
    String describe();

    /** Releases threads or the cluster connection; the default holds none. */
    @Override
    default void close() {
    }
}
