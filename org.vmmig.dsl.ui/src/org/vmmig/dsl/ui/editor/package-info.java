/**
 * The .vmig editor on the Eclipse text framework, and its wiring: {@link org.vmmig.dsl.ui.editor.VmigEditor}
 * and {@link org.vmmig.dsl.ui.editor.VmigSourceViewerConfiguration} put together the editor's features, each
 * in a package of its own named as in Xtext's editor ({@code contentassist}, {@code folding}, {@code formatting},
 * {@code hover}, {@code hyperlinking}, {@code outline}, {@code quickfix}, {@code reconciler},
 * {@code syntaxcoloring}). Those packages know the editor only as an Eclipse {@code ITextEditor}: they never
 * import this package, so the dependencies run one way.
 */
package org.vmmig.dsl.ui.editor;
