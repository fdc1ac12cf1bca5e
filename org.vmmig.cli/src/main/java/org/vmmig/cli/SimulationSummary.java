package org.vmmig.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.units.Unit;
import org.vmmig.engine.units.Formats;

/** Prints what a time simulation measured, in a few lines a person reads. */
final class SimulationSummary {

	void print(String title, TimeSimulationResult r, PrintWriter out) {
		out.println(title);
		out.println(String.format(Locale.ROOT, "  energy %.3f kWh, %d migration(s), %d host shutdown(s)", r.energyJoules() / Unit.KWH.toBase(),
				r.migrations(), r.hostShutdowns()));
		out.println(String.format(Locale.ROOT, "  SLA: SLATAH %.2f %%, PDM %.4f %%, SLAV %.3g, ESV %.3g", 100 * r.slatah(),
				100 * r.pdm(), r.slav(), r.esv()));
		out.println("  migrations: " + Formats.bytes(r.bytesMoved()) + " moved, downtime " + Formats.seconds(r.downtimeSeconds())
				+ " in total, " + r.nonConverging() + " did not converge");
		int peak = r.series().stream().mapToInt(TimeSimulationResult.Step::activeHosts).max().orElse(0);
		double mean = r.series().stream().mapToInt(TimeSimulationResult.Step::activeHosts).average().orElse(0);
		out.println(String.format(Locale.ROOT, "  active hosts: mean %.1f, peak %d, over %d step(s)", mean, peak,
				r.series().size()));
		if (r.endedIdle() > 0) {
			out.println("  " + r.endedIdle() + " VM(s) ended when idle (CloudSim's rule)");
		}
		for (String vm : r.unplaced()) {
			out.println("  unplaced: " + vm + " (no host had room at the start)");
		}
	}
}
