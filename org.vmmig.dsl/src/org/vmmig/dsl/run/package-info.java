/**
 * The one path from a scenario of a model to its result ({@link org.vmmig.dsl.run.ScenarioRunner}), used by the CLI, the Maven plugin,
 * the workbench and the editor's checks, and the run options the language's own services use.
 */
package org.vmmig.dsl.run;
