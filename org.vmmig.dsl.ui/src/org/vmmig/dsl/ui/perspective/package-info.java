/**
 * The vmmig perspective: the Project Explorer, the editor with its Outline, and the Migration Plan, Metrics and
 * Problems views under it.
 */
package org.vmmig.dsl.ui.perspective;
