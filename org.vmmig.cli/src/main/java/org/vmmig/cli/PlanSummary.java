package org.vmmig.cli;

import java.io.PrintWriter;

import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.units.Formats;

/** The plan of one scenario as a short table for the terminal. */
final class PlanSummary {

	private static final String ROW = "  %-16s %-18s %10s %10s %10s %11s %6s %s%n";

	void print(String title, Plan plan, PrintWriter out) {
		out.println(title);
		out.printf(ROW, "vm", "from -> to", "start", "time", "downtime", "data", "rounds", "converged");
		for (Migration m : plan.migrations()) {
			out.printf(ROW, m.vmName(), m.sourceHost() + " -> " + m.targetHost(), Formats.seconds(m.startSeconds()),
					Formats.seconds(m.estimate().totalSeconds()), Formats.seconds(m.estimate().downtimeSeconds()),
					Formats.bytes(m.estimate().bytesTransferred()), m.estimate().rounds(),
					m.estimate().converged() ? "yes" : "NO");
		}
		out.printf("  total: %d migration(s), makespan %s, downtime %s, %s moved%n", plan.migrations().size(),
				Formats.seconds(plan.makespanSeconds()), Formats.seconds(plan.totalDowntimeSeconds()),
				Formats.bytes(plan.totalBytes()));
		for (Unplaced unplaced : plan.unplaced()) {
			out.printf("  NOT PLACED: %s: %s%n", unplaced.vmName(), unplaced.reason());
		}
	}
}
