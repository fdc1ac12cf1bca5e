/**
 * The Outline view's page for a .vmig editor: the model's elements as a tree that follows the text.
 */
package org.vmmig.dsl.ui.outline;
