/**
 * Time simulation of dynamic consolidation (Beloglazov and Buyya, CCPE 2012): hosts and VMs driven by CPU traces,
 * overload detectors, VM selection, placement, migrations in flight, power and the SLA metrics (SLATAH, PDM, SLAV, energy).
 * {@code ConsolidationSimulator} runs the time loop and {@code Reallocation} one scheduling step; the strategies are
 * types behind {@code OverloadDetector} and {@code VmSelection}, named in one place ({@code PolicyLabels}). Hosts are
 * the planner's {@code model.Host} with cores and power ({@code SimHost}), VMs the planner's {@code model.Vm} with
 * vCPUs and a CPU trace ({@code SimVm}); all quantities in SI base units.
 */
package org.vmmig.engine.sim;
