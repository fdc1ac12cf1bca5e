/**
 * Validation as you type: the editor's text parsed and validated in the background after each pause, the
 * problems shown as markers; each parse is handed to the editor for folding and semantic colouring.
 */
package org.vmmig.dsl.ui.reconciler;
