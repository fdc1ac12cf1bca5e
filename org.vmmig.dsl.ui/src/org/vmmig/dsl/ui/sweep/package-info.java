/**
 * The workbench's Run Sweep command: runs a model's {@code sweep} on the local cores through the same classes as
 * {@code vmmig sweep} ({@code ModelSweep}, {@code SweepRuns}, {@code LocalSweepExecutor}) in a cancellable job, and
 * publishes the results to {@link org.vmmig.dsl.ui.results.CurrentResults} for the Metrics view's sweep tab.
 */
package org.vmmig.dsl.ui.sweep;
