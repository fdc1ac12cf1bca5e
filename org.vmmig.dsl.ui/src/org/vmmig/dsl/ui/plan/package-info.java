/**
 * The workbench's Simulate command and its views (Migration Plan, Metrics): they run a model's scenarios through the one path and present the results.
 */
package org.vmmig.dsl.ui.plan;
