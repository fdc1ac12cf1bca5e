/**
 * The result's JSON document ({@code vmmig-result}, docs/report-format.md), written with Jackson's generator in
 * vmmig's layout and escapes ({@link org.vmmig.engine.report.JsonWriter}, docs/decisions/0005-json-library.md).
 */
package org.vmmig.engine.report;
