package org.vmmig.engine.sweep;

import java.io.Serializable;
import java.util.Objects;

/**
 * What became of one run of a sweep: its result, or why it failed (a failed run is a row of the sweep's table with
 * its reason; the other runs go on).
 *
 * @param index   the run's index in the sweep's enumeration
 * @param result  the run's result, or null when it failed
 * @param failure why the run failed (the exception's message, or its type when it has none), or null
 */
public record FinishedRun<R extends Serializable>(int index, R result, String failure) implements Serializable {

    public FinishedRun {
        if (index < 0) throw new IllegalArgumentException("run index " + index);
        if ((result == null) == (failure == null))
            throw new IllegalArgumentException("a run has either a result or a failure");
    }

    public static <R extends Serializable> FinishedRun<R> success(int index, R result) {
        return new FinishedRun<>(index, Objects.requireNonNull(result, "result"), null);
    }

    public static <R extends Serializable> FinishedRun<R> failure(int index, Throwable cause) {
        String message = cause.getMessage();
        return new FinishedRun<>(index, null, message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
