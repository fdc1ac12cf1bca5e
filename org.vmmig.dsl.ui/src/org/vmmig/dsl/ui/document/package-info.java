/**
 * A .vmig file's text as the workbench reads it: an editor's document parsed under the file's own URI
 * ({@link org.vmmig.dsl.ui.document.DocumentParser}), the problem markers its diagnostics become
 * ({@link org.vmmig.dsl.ui.document.ProblemMarkers}), and the errors that keep it from being run
 * ({@link org.vmmig.dsl.ui.document.ModelErrors}). The editor, the quick fixes, Simulate, Run Sweep, reports and
 * runbooks all build on it, so none of them needs another's package.
 */
package org.vmmig.dsl.ui.document;
