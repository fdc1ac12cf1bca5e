/**
 * CPU utilisation traces in the PlanetLab (CoMon) format that drive time simulations.
 */
package org.vmmig.engine.trace;
