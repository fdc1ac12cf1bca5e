package org.vmmig.report;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.security.SecurityRequirement;

/**
 * The security compliance table: one row per planned migration, one column per requirement, each cell the verdict
 * and its reason ("met (encrypted)", "not-met (not-audited), required: security-level"), then how many
 * requirements the model requires and the migration does not meet. The JSON document has the same verdicts as
 * structured values.
 */
final class SecurityTable {

	private SecurityTable() {
	}

	/** {@code keyed}: the rows start with the scenario and policy (a comparison). */
	static ReportTable of(List<ScenarioResult> results, boolean keyed) {
		ReportTable.Builder table = ReportTable.builder("security", "Security requirements")
				.description("Each migration against the six security requirements: met, not-met or not-applicable, "
						+ "with the reason; 'required' says what in the model asks for it (a VM's security-level, zone "
						+ "rules or a zone change, an untrusted path, encryption required, a host predicted to fail).");
		if (keyed) {
			table.column("scenario", "scenario", ColumnUnit.TEXT).column("policy", "policy", ColumnUnit.TEXT);
		}
		table.column("vm", "vm", ColumnUnit.TEXT).column("source", "source", ColumnUnit.TEXT)
				.column("target", "target", ColumnUnit.TEXT);
		for (SecurityRequirement requirement : SecurityRequirement.values()) {
			table.column(requirement.keyword(), requirement.keyword(), ColumnUnit.TEXT);
		}
		table.column("unmetRequired", "unmet required", ColumnUnit.COUNT);
		for (ScenarioResult result : results) {
			rows(table, result, keyed);
		}
		return table.build();
	}

	/** The checker gives six rows per migration, in requirement order: one table row each six. */
	private static void rows(ReportTable.Builder table, ScenarioResult result, boolean keyed) {
		List<Compliance> rows = result.security();
		int width = SecurityRequirement.values().length;
		for (int first = 0; first + width <= rows.size(); first += width) {
			List<Compliance> migration = rows.subList(first, first + width);
			List<Object> values = new ArrayList<>();
			if (keyed) {
				values.add(result.scenario());
				values.add(result.policy());
			}
			Compliance any = migration.get(0);
			values.addAll(List.of(any.vm(), any.source(), any.target()));
			migration.forEach(c -> values.add(cell(c)));
			values.add((int) migration.stream().filter(Compliance::requiredButNotMet).count());
			table.row(values.toArray());
		}
	}

	static String cell(Compliance c) {
		return c.status().keyword() + " (" + c.reason().keyword() + ")"
				+ (c.required() ? ", required: " + c.need().keyword() : "");
	}
}
