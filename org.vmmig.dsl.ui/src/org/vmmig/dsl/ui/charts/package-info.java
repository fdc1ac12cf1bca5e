/**
 * What every chart of the workbench does besides drawing, on top of SWTChart (org.eclipse.swtchart): tooltips
 * on data points, zoom by mouse wheel or range selection and its reset, Save as PNG
 * ({@link org.vmmig.dsl.ui.charts.InteractiveChart}), and axis units chosen to read well
 * ({@link org.vmmig.dsl.ui.charts.AxisUnit}). A new chart creates an {@code InteractiveChart} and adds its series.
 */
package org.vmmig.dsl.ui.charts;
