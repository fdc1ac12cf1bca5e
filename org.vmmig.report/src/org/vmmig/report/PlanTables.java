package org.vmmig.report;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.report.Explanations;
import org.vmmig.engine.run.ScenarioResult;

/**
 * The tables of a report built from plans: summary, migrations, rounds, unplaced VMs, SLA breaches, security
 * requirements, notes (security exposure and others). A report of one scenario lists one plan; a comparison lists several
 * (a scenario under several policies) and its tables start with the columns scenario and policy.
 */
public final class PlanTables {

	private final boolean keyed;

	private PlanTables(boolean keyed) {
		this.keyed = keyed;
	}

	/** The report of one scenario that planned moves (not a time simulation). */
	public static Report scenario(ScenarioResult run) {
		PlanTables tables = new PlanTables(false);
		List<String> subtitle = List.of("scenario " + run.scenario() + ": " + run.description(), "model: " + run.model());
		return new Report(run.model() + " — scenario " + run.scenario(), subtitle, tables.all(List.of(run)));
	}

	/** The same scenarios under several policies, side by side. */
	public static Report comparison(String source, List<String> policies, List<ScenarioResult> runs) {
		PlanTables tables = new PlanTables(true);
		List<String> subtitle = List.of("policies compared: " + String.join(", ", policies), "model: " + source);
		return new Report(source + " — policy comparison", subtitle, tables.all(runs));
	}

	private List<ReportTable> all(List<ScenarioResult> runs) {
		return List.of(summary(runs), migrations(runs), rounds(runs), unplaced(runs), SlaTable.of(runs, keyed),
				SecurityTable.of(runs, keyed), notes(runs));
	}

	private ReportTable.Builder keyed(String id, String title) {
		ReportTable.Builder table = ReportTable.builder(id, title);
		if (keyed) {
			table.column("scenario", "scenario", ColumnUnit.TEXT).column("policy", "policy", ColumnUnit.TEXT);
		}
		return table;
	}

	private Object[] row(ScenarioResult run, Object... values) {
		if (!keyed) {
			return values;
		}
		Object[] row = new Object[values.length + 2];
		row[0] = run.scenario();
		row[1] = run.policy();
		System.arraycopy(values, 0, row, 2, values.length);
		return row;
	}

	private List<String> split(String... more) {
		List<String> keys = new ArrayList<>();
		if (keyed) {
			keys.add("scenario");
			keys.add("policy");
		}
		keys.addAll(List.of(more));
		return keys;
	}

	ReportTable summary(List<ScenarioResult> runs) {
		ReportTable.Builder table = ReportTable.builder("summary", "Summary")
				.description("Per scenario: how many VMs move, how many find no place, when the last migration ends, "
						+ "the guests' total downtime and the data sent.")
				.column("scenario", "scenario", ColumnUnit.TEXT);
		if (keyed) {
			table.column("policy", "policy", ColumnUnit.TEXT);
		}
		table.column("migrations", "migrations", ColumnUnit.COUNT)
				.column("unplaced", "unplaced", ColumnUnit.COUNT)
				.column("makespanSeconds", "makespan", ColumnUnit.SECONDS)
				.column("downtimeSeconds", "total downtime", ColumnUnit.SECONDS)
				.column("bytesTransferred", "data sent", ColumnUnit.BYTES)
				.column("slaBreaches", "SLA breaches", ColumnUnit.COUNT)
				.column("securityUnmet", "security requirements unmet", ColumnUnit.COUNT);
		for (ScenarioResult run : runs) {
			Plan plan = run.plan();
			List<Object> row = new ArrayList<>(List.of(run.scenario()));
			if (keyed) {
				row.add(run.policy());
			}
			row.addAll(List.of(plan.migrations().size(), plan.unplaced().size(), plan.makespanSeconds(),
					plan.totalDowntimeSeconds(), plan.totalBytes(), run.slaBreaches().size(),
					run.unmetSecurity().size()));
			table.row(row.toArray());
		}
		if (keyed) {
			table.chart(new Chart.Bars("policy", List.of("makespanSeconds"), List.of("scenario")));
		}
		return table.build();
	}

	ReportTable migrations(List<ScenarioResult> runs) {
		ReportTable.Builder table = keyed("migrations", "Migrations")
				.description("The plan as a timeline: one bar per migration from its start to its end, coloured by "
						+ "technique; then every migration's predicted cost.")
				.column("vm", "vm", ColumnUnit.TEXT)
				.column("source", "source", ColumnUnit.TEXT)
				.column("target", "target", ColumnUnit.TEXT)
				.column("startSeconds", "start", ColumnUnit.SECONDS)
				.column("endSeconds", "end", ColumnUnit.SECONDS)
				.column("technique", "technique", ColumnUnit.TEXT)
				.column("outcome", "outcome", ColumnUnit.TEXT)
				.column("rounds", "rounds", ColumnUnit.COUNT)
				.column("downtimeSeconds", "downtime", ColumnUnit.SECONDS)
				.column("durationSeconds", "duration", ColumnUnit.SECONDS)
				.column("bytesTransferred", "data sent", ColumnUnit.BYTES)
				.column("converged", "converged", ColumnUnit.BOOLEAN)
				.column("bandwidthBytesPerSecond", "bandwidth", ColumnUnit.BYTES_PER_SECOND)
				.column("sourceSite", "source site", ColumnUnit.TEXT)
				.column("targetSite", "target site", ColumnUnit.TEXT);
		for (ScenarioResult run : runs) {
			for (Migration m : run.plan().migrations()) {
				MigrationEstimate e = m.estimate();
				table.row(row(run, m.vmName(), m.sourceHost(), m.targetHost(), m.startSeconds(), m.endSeconds(),
						label(e.technique().name()), label(e.outcome().name()), e.rounds(), e.downtimeSeconds(),
						m.durationSeconds(), e.bytesTransferred(), e.converged(), m.bandwidthBytesPerSecond(), m.sourceSite(),
						m.targetSite()));
			}
		}
		return table.chart(new Chart.Timeline("vm", "startSeconds", "endSeconds", "technique", split())).build();
	}

	ReportTable rounds(List<ScenarioResult> runs) {
		ReportTable.Builder table = keyed("rounds", "Rounds")
				.description("Every round of every migration (a post-copy phase counts as one round): the data it put "
						+ "on the wire and the memory the guest dirtied meanwhile (what the next round re-sends). The "
						+ "last round of a pre-copy is the stop-and-copy, while the guest is paused.")
				.column("vm", "vm", ColumnUnit.TEXT)
				.column("round", "round", ColumnUnit.COUNT)
				.column("memoryBytes", "memory copied", ColumnUnit.BYTES)
				.column("wireBytes", "data sent", ColumnUnit.BYTES)
				.column("seconds", "duration", ColumnUnit.SECONDS)
				.column("dirtiedBytes", "dirtied meanwhile", ColumnUnit.BYTES)
				.column("throttle", "CPU throttle", ColumnUnit.RATIO)
				.column("stopAndCopy", "stop-and-copy", ColumnUnit.BOOLEAN);
		for (ScenarioResult run : runs) {
			for (Migration m : run.plan().migrations()) {
				for (Round r : m.estimate().trace()) {
					table.row(row(run, m.vmName(), r.index(), r.memoryBytes(), r.wireBytes(), r.seconds(),
							r.dirtiedBytes(), r.throttle(), r.stopAndCopy()));
				}
			}
		}
		return table.chart(new Chart.Bars("round", List.of("wireBytes", "dirtiedBytes"), split("vm"))).build();
	}

	ReportTable unplaced(List<ScenarioResult> runs) {
		ReportTable.Builder table = keyed("unplaced", "VMs not placed")
				.description("VMs the plan cannot move, and why.")
				.column("vm", "vm", ColumnUnit.TEXT)
				.column("reason", "reason", ColumnUnit.TEXT);
		for (ScenarioResult run : runs) {
			for (Unplaced u : run.plan().unplaced()) {
				table.row(row(run, u.vmName(), Explanations.of(u.refusal())));
			}
		}
		return table.build();
	}

	ReportTable notes(List<ScenarioResult> runs) {
		ReportTable.Builder table = keyed("notes", "Security exposure and other notes")
				.description("What the engine says about each migration: memory crossing an untrusted path "
						+ "unencrypted, post-copy risk windows (a failure of either host loses the VM), IP changes, "
						+ "storage left behind.")
				.column("vm", "vm", ColumnUnit.TEXT)
				.column("topic", "topic", ColumnUnit.TEXT)
				.column("note", "note", ColumnUnit.TEXT)
				.column("riskWindowSeconds", "risk window", ColumnUnit.SECONDS);
		for (ScenarioResult run : runs) {
			for (Migration m : run.plan().migrations()) {
				MigrationEstimate e = m.estimate();
				for (String note : e.notes().stream().map(Explanations::of).toList()) {
					int colon = note.indexOf(':');
					String topic = colon > 0 ? note.substring(0, colon) : "note";
					String text = colon > 0 ? note.substring(colon + 1).strip() : note;
					table.row(row(run, m.vmName(), topic, text, null));
				}
				if (e.riskWindowSeconds() > 0) {
					table.row(row(run, m.vmName(), "risk window",
							"a failure of the source or the target host during this time loses the VM",
							e.riskWindowSeconds()));
				}
			}
		}
		return table.build();
	}

	/** PRE_COPY → pre-copy, SWITCHED_TO_POST_COPY → switched-to-post-copy (as in the JSON report). */
	static String label(String constant) {
		return constant.toLowerCase().replace('_', '-');
	}
}
