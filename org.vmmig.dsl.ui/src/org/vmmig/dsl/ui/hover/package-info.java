/**
 * Hover in the .vmig editor: what an element is and what it predicts (the language's element summary).
 */
package org.vmmig.dsl.ui.hover;
