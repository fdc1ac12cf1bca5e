/**
 * The workbench's Generate Report command: HTML reports of every scenario beside the model, as the CLI writes them.
 */
package org.vmmig.dsl.ui.report;
