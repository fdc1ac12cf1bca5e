/**
 * The result's JSON document ({@code vmmig-result}, docs/report-format.md) and the small JSON writer it uses.
 */
package org.vmmig.engine.report;
