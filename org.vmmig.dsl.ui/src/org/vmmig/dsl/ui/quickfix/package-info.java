/**
 * Quick fixes of the editor's problems (Ctrl+1): units written in the wrong case, policies that will not converge, unmet security requirements.
 */
package org.vmmig.dsl.ui.quickfix;
