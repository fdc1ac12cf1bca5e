/**
 * The .vmig editor on the Eclipse text framework, calling the language's IDE services in-process: colouring, content assist,
 * hover, go to definition, outline, folding, formatting and validation as you type.
 */
package org.vmmig.dsl.ui.editor;
