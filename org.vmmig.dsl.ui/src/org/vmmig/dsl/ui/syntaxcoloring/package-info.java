/**
 * Colouring of the .vmig editor: tokens by the language's lexer, then semantic highlighting (names by what they
 * declare or refer to) over them.
 */
package org.vmmig.dsl.ui.syntaxcoloring;
