/**
 * Time simulation of dynamic consolidation (Beloglazov and Buyya, CCPE 2012): hosts and VMs driven by CPU traces,
 * overload detectors, VM selection, placement, migrations in flight, power and the SLA metrics (SLATAH, PDM, SLAV, energy).
 */
package org.vmmig.engine.sim;
