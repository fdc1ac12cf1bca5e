/**
 * The results the workbench shows, as data: what Simulate gave for a model ({@link org.vmmig.dsl.ui.results.ModelResults},
 * its migrations as {@link org.vmmig.dsl.ui.results.PlanRow}s) and the one shared model of them that commands publish to
 * and views observe ({@link org.vmmig.dsl.ui.results.CurrentResults}), and the last sweep's results with their tables
 * ({@link org.vmmig.dsl.ui.results.SweepReport}). No widgets here: any view may depend on this
 * package, and this package on no view.
 */
package org.vmmig.dsl.ui.results;
