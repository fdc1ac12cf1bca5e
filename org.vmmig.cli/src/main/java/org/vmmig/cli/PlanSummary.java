package org.vmmig.cli;

import java.io.PrintWriter;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.Note;
import org.vmmig.engine.cost.Outcome;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.report.Explanations;
import org.vmmig.engine.units.Formats;

/** The plan of one scenario as a short table for the terminal. */
final class PlanSummary {

	private static final String ROW = "  %-16s %-18s %-9s %10s %10s %10s %11s %6s %s%n";

	/** PRE_COPY → pre-copy, SWITCHED_TO_POST_COPY → switched-to-post-copy. */
	private static String label(String constant) {
		return constant.toLowerCase().replace('_', '-');
	}

	void print(String title, Plan plan, PrintWriter out) {
		out.println(title);
		out.printf(ROW, "vm", "from -> to", "technique", "start", "time", "downtime", "data", "rounds", "outcome");
		for (Migration m : plan.migrations()) {
			MigrationEstimate e = m.estimate();
			out.printf(ROW, m.vmName(), m.sourceHost() + " -> " + m.targetHost(), label(e.technique().name()),
					Formats.seconds(m.startSeconds()), Formats.seconds(m.durationSeconds()), Formats.seconds(e.downtimeSeconds()),
					Formats.bytes(e.bytesTransferred()), e.rounds(), label(e.outcome().name())
							+ (e.converged() || e.outcome() != Outcome.COMPLETED ? "" : ", not converged"));
			for (Note note : e.notes()) {
				out.printf("      note: %s%n", Explanations.of(note));
			}
		}
		out.printf("  total: %d migration(s), makespan %s, downtime %s, %s moved%n", plan.migrations().size(),
				Formats.seconds(plan.makespanSeconds()), Formats.seconds(plan.totalDowntimeSeconds()),
				Formats.bytes(plan.totalBytes()));
		for (Unplaced unplaced : plan.unplaced()) {
			out.printf("  NOT PLACED: %s: %s%n", unplaced.vmName(), Explanations.of(unplaced.refusal()));
		}
	}
}
