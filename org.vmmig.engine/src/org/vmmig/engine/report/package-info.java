/**
 * The result's JSON document ({@code vmmig-result}, docs/report-format.md), written with Jackson's generator in
 * vmmig's layout and escapes ({@link org.vmmig.engine.report.JsonWriter}, docs/decisions/0005-json-library.md),
 * and the English sentences of the engine's refusals and notes ({@link org.vmmig.engine.report.Explanations}),
 * which every front end shows and the document carries next to their data.
 */
package org.vmmig.engine.report;
