/**
 * Folding of the .vmig editor: which multi-line blocks can be collapsed, found with the language's own lexer.
 */
package org.vmmig.dsl.ui.folding;
