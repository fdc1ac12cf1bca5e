package org.vmmig.report;

import java.util.List;

import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sim.TimeSimulationResult;

/** The tables of a time simulation: its totals, and energy and active hosts step by step. */
public final class SimulationTables {

	private SimulationTables() {
	}

	/** The report of a {@code simulate} scenario's result. */
	public static Report scenario(ScenarioResult run) {
		TimeSimulationResult result = run.simulation();
		List<String> subtitle = List.of("scenario " + run.scenario() + ": consolidation over time using " + run.policy()
				+ " (" + result.label() + ")", "model: " + run.model());
		return new Report(run.model() + " — scenario " + run.scenario(), subtitle,
				List.of(summary(run.scenario(), result, run.slaBreaches().size()), steps(result), unplaced(result),
						SlaTable.of(List.of(run), false)));
	}

	static ReportTable summary(String scenario, TimeSimulationResult r, int slaBreaches) {
		return ReportTable.builder("summary", "Summary")
				.description("Energy of all hosts, migrations, and the SLA metrics of Beloglazov and Buyya: SLATAH (share "
						+ "of active host time short of CPU), PDM (share of CPU lost to migrations), SLAV = SLATAH × PDM, "
						+ "ESV = energy × SLAV; then the guests' total downtime and the data the migrations sent.")
				.column("scenario", "scenario", ColumnUnit.TEXT)
				.column("policy", "policy", ColumnUnit.TEXT)
				.column("energyJoules", "energy", ColumnUnit.JOULES)
				.column("migrations", "migrations", ColumnUnit.COUNT)
				.column("slatah", "SLATAH", ColumnUnit.RATIO)
				.column("pdm", "PDM", ColumnUnit.RATIO)
				.column("slav", "SLAV", ColumnUnit.RATIO)
				.column("downtimeSeconds", "total downtime", ColumnUnit.SECONDS)
				.column("bytesMoved", "data sent", ColumnUnit.BYTES)
				.column("nonConverging", "non-converging", ColumnUnit.COUNT)
				.column("slaBreaches", "SLA breaches", ColumnUnit.COUNT)
				.row(scenario, r.label(), r.energyJoules(), r.migrations(), r.slatah(), r.pdm(), r.slav(),
						r.downtimeSeconds(), r.bytesMoved(), r.nonConverging(), slaBreaches)
				.build();
	}

	static ReportTable steps(TimeSimulationResult r) {
		ReportTable.Builder table = ReportTable.builder("steps", "Energy and active hosts over time")
				.description("After each scheduling step: hosts switched on, their power, migrations started and in flight.")
				.column("seconds", "time", ColumnUnit.SECONDS)
				.column("activeHosts", "active hosts", ColumnUnit.COUNT)
				.column("watts", "power", ColumnUnit.WATTS)
				.column("migrationsStarted", "migrations started", ColumnUnit.COUNT)
				.column("inFlight", "in flight", ColumnUnit.COUNT);
		for (TimeSimulationResult.Step s : r.series()) {
			table.row(s.seconds(), s.activeHosts(), s.watts(), s.migrationsStarted(), s.inFlight());
		}
		return table.timeSeries("seconds", "activeHosts", "watts").build();
	}

	static ReportTable unplaced(TimeSimulationResult r) {
		ReportTable.Builder table = ReportTable.builder("unplaced", "VMs without a host")
				.description("VMs no host had room for at the start.")
				.column("vm", "vm", ColumnUnit.TEXT);
		r.unplaced().forEach(table::row);
		return table.build();
	}
}
