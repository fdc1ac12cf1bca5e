/**
 * The Metrics view: charts (SWTChart) of the current result — times per migration, the rounds of the selected
 * migration, each evacuation under every policy, power and active hosts over time — fed by
 * {@link org.vmmig.dsl.ui.results.CurrentResults}; and in its sweep tab the last sweep's tables (summary, best
 * configuration, Pareto front as a scatter, heatmap, sensitivity, percentiles, every run), sortable.
 */
package org.vmmig.dsl.ui.metrics;
