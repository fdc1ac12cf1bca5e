/**
 * The Maven plugin's goals: {@code validate} (diagnostics as JUnit XML and SARIF) and {@code report} (every scenario's result as reports).
 */
package org.vmmig.maven;
