/**
 * Quantities with units: the units a model may write, their dimensions and factors to SI base units, and how figures are printed.
 */
package org.vmmig.engine.units;
