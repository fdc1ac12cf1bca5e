/**
 * Formatting (Ctrl+Shift+F): the language's formatter applied to the editor's text, the whole model or the
 * selected lines.
 */
package org.vmmig.dsl.ui.formatting;
