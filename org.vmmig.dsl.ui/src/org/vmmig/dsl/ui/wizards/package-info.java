/**
 * File > New > vmmig Project: a project with an example model of a small lab.
 */
package org.vmmig.dsl.ui.wizards;
