package org.vmmig.report;

import java.util.List;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.Note;
import org.vmmig.engine.cost.Outcome;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.model.Technique;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Refusal;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;

/** Plans built by hand, with names no model parser would accept (markup, quotes, commas, line breaks). */
final class SamplePlans {

	static final String EVIL = "<script>alert(1)</script>";
	private static final double GIB = 1024.0 * 1024 * 1024;

	private SamplePlans() {
	}

	/** A pre-copy of a VM named like a script element, a post-copy with a risk window, one VM left behind. */
	static ScenarioResult hostile(String model) {
		MigrationEstimate preCopy = new MigrationEstimate(Technique.PRE_COPY, Outcome.COMPLETED, 12.5, 0.25, 9.0e9, 0, 2,
				true, 0, 0, 0, 0, 0, List.of(Note.of(Note.Kind.DATA_PLANE_EXPOSURE)),
				List.of(new Round(0, 8.0e9, 8.0e9, 10, 1.0e9, 0, false), new Round(1, 1.0e9, 1.0e9, 2.25, 0.2e9, 0, false),
						new Round(2, 0.2e9, 0.2e9, 0.25, 0, 0, true)));
		MigrationEstimate postCopy = new MigrationEstimate(Technique.POST_COPY, Outcome.COMPLETED, 20, 0.05, 4.0e9, 0, 0,
				true, 1.5, 0.075, 0, 0, 18, List.of(), List.of());
		Plan plan = new Plan(List.of("h1"),
				List.of(new Migration(EVIL, "h1", "h\"2", 0, 1.0e9, 1.0e8, preCopy),
						new Migration("db, \"primary\" & co\nline2", "h1", "h3", 12.5, 1.0e9, 5.0e7, postCopy)),
				List.of(new Unplaced("big & <b>bold</b>",
						new Refusal.Shortage(Refusal.Resource.MEMORY, 512 * GIB, 64 * GIB, "h<4>\u2028"))));
		return ScenarioResult.ofPlan(model, "drain" + EVIL, ScenarioResult.Action.EVACUATE, "fast&safe", List.of("h1"), plan, List.of(),
				RunOptions.DEFAULTS);
	}

	/** A time series as the time simulation will produce: energy and active hosts over time. */
	static ReportTable energyOverTime() {
		ReportTable.Builder table = ReportTable.builder("energy", "Energy and active hosts over time")
				.column("timeSeconds", "time", ColumnUnit.SECONDS)
				.column("powerWatts", "power", ColumnUnit.WATTS)
				.column("activeHosts", "active hosts", ColumnUnit.COUNT);
		for (int t = 0; t <= 3600; t += 300) {
			table.row(t, 4000.0 - t / 2.0, t < 1800 ? 12 : 9);
		}
		return table.timeSeries("timeSeconds", "powerWatts", "activeHosts").build();
	}
}
