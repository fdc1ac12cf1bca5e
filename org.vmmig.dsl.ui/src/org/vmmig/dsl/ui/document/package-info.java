/**
 * A .vmig file's text as the workbench reads it: an editor's document parsed under the file's own URI
 * ({@link org.vmmig.dsl.ui.document.DocumentParser}) and the problem markers its diagnostics become
 * ({@link org.vmmig.dsl.ui.document.ProblemMarkers}). The editor, the quick fixes, Simulate, reports and runbooks
 * all build on it, so none of them needs another's package.
 */
package org.vmmig.dsl.ui.document;
