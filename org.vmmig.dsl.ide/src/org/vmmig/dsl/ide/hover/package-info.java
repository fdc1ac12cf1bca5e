/**
 * What hovering a name shows in every editor: its kind, its documentation comment, and for a VM its predicted migration per scenario.
 */
package org.vmmig.dsl.ide.hover;
