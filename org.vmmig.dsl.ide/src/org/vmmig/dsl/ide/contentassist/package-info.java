/**
 * Completion shared by every editor: keywords, names in scope, and the units that fit the property after a number.
 */
package org.vmmig.dsl.ide.contentassist;
