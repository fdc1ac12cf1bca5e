/**
 * Reports: tables with units built from a result ({@link org.vmmig.report.ResultReports}), rendered as self-contained HTML
 * with Chart.js inlined, or as CSV, and written whole or not at all ({@link org.vmmig.report.AtomicFiles}).
 */
package org.vmmig.report;
