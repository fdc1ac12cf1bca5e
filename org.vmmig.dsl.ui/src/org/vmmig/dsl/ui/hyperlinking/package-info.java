/**
 * Go to definition (F3, Ctrl+click): from a name in the .vmig editor to its declaration, in this file or an
 * imported one.
 */
package org.vmmig.dsl.ui.hyperlinking;
