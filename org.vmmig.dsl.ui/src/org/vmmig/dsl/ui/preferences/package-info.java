/**
 * Window > Preferences > vmmig: the run options of Simulate, reports, the editor's checks and the hover.
 */
package org.vmmig.dsl.ui.preferences;
