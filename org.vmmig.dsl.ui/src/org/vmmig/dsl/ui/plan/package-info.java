/**
 * The workbench's Simulate command and the Migration Plan view: Simulate runs a model's scenarios through the one
 * path ({@link org.vmmig.dsl.ui.plan.PlanComputation}) and publishes the result to
 * {@link org.vmmig.dsl.ui.results.CurrentResults}, which the views observe.
 */
package org.vmmig.dsl.ui.plan;
