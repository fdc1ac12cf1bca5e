/**
 * Content assist (Ctrl+Space) in the .vmig editor: the language's IDE proposals (keywords, names, units) as
 * Eclipse completion proposals.
 */
package org.vmmig.dsl.ui.contentassist;
