package org.vmmig.engine.report;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.security.Compliance;
import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.sla.SlaBreach;

/**
 * The result of one scenario as one JSON document — what {@code vmmig simulate} writes, what
 * {@code vmmig report --format json} and the Maven plugin write, and what the golden test compares: SI base units
 * (seconds, bytes, bytes per second, joules), keys in a fixed order so results diff cleanly. The schema is
 * described in docs/report-format.md.
 */
public final class ResultJson {

	/** The schema's name, written first so a reader can tell what it holds. */
	public static final String SCHEMA = "vmmig-result";
	/** Bumped whenever a field changes meaning or is removed. 2: one document for plans and time simulations. */
	public static final int FORMAT_VERSION = 2;

	private ResultJson() {
	}

	public static String toJson(ScenarioResult result) {
		JsonWriter json = new JsonWriter().beginObject();
		json.field("schema", SCHEMA).field("formatVersion", FORMAT_VERSION);
		json.field("model", result.model()).field("scenario", result.scenario())
				.field("action", result.action().keyword()).field("policy", result.policy());
		options(json, result.options());
		if (result.isTimeSimulation()) {
			json.name("simulation");
			simulation(json, result.simulation());
		} else {
			json.name("plan");
			plan(json, result.plan());
		}
		json.name("slaBreaches").beginArray();
		for (SlaBreach breach : result.slaBreaches()) {
			json.beginObject().field("vm", breach.vm()).field("promise", breach.promise().keyword())
					.field("promised", breach.promised()).field("predicted", breach.predicted())
					.field("times", breach.times()).endObject();
		}
		json.endArray();
		security(json, result);
		return json.endObject().toString();
	}

	/** Each migration against each security requirement: the verdict, its reason and why the model requires it. */
	private static void security(JsonWriter json, ScenarioResult result) {
		json.name("security").beginArray();
		for (Compliance c : result.security()) {
			json.beginObject().field("vm", c.vm()).field("from", c.source()).field("to", c.target())
					.field("requirement", c.requirement().keyword()).field("status", c.status().keyword())
					.field("reason", c.reason().keyword()).field("required", c.required())
					.field("requiredBecause", c.need().keyword()).endObject();
		}
		json.endArray();
	}

	private static void options(JsonWriter json, RunOptions options) {
		json.name("options").beginObject()
				.field("costModel", options.costModel().label())
				.field("rules", options.cloudSimRules() ? "cloudsim" : "vmmig")
				.field("defaultDowntimeLimitSeconds", options.defaultDowntimeLimitSeconds());
		if (options.seed().isPresent()) {
			json.field("seed", options.seed().getAsLong());
		}
		json.endObject();
	}

	private static void plan(JsonWriter json, Plan plan) {
		json.beginObject();
		json.name("evacuatedHosts").beginArray();
		for (String host : plan.evacuatedHosts()) {
			json.value(host);
		}
		json.endArray();
		json.field("feasible", plan.feasible());
		json.name("totals").beginObject()
				.field("migrations", plan.migrations().size())
				.field("makespanSeconds", plan.makespanSeconds())
				.field("downtimeSeconds", plan.totalDowntimeSeconds())
				.field("bytesTransferred", plan.totalBytes())
				.endObject();
		json.name("migrations").beginArray();
		for (Migration migration : plan.migrations()) {
			migration(json, migration);
		}
		json.endArray();
		json.name("unplaced").beginArray();
		for (Unplaced unplaced : plan.unplaced()) {
			json.beginObject().field("vm", unplaced.vmName()).field("reason", Explanations.of(unplaced.refusal()));
			ExplanationJson.refusal(json.name("refusal"), unplaced.refusal());
			json.endObject();
		}
		json.endArray();
		json.endObject();
	}

	private static void migration(JsonWriter json, Migration m) {
		MigrationEstimate e = m.estimate();
		json.beginObject()
				.field("vm", m.vmName())
				.field("from", m.sourceHost())
				.field("to", m.targetHost())
				.field("fromSite", m.sourceSite())
				.field("toSite", m.targetSite())
				.field("technique", e.technique().name().toLowerCase().replace('_', '-'))
				.field("outcome", e.outcome().name().toLowerCase().replace('_', '-'))
				.field("startSeconds", m.startSeconds())
				.field("endSeconds", m.endSeconds())
				.field("bandwidthBytesPerSecond", m.bandwidthBytesPerSecond())
				.field("dirtyBytesPerSecond", m.dirtyBytesPerSecond())
				.field("totalSeconds", e.totalSeconds())
				.field("downtimeSeconds", e.downtimeSeconds())
				.field("bytesTransferred", e.bytesTransferred())
				.field("memoryBytes", e.memoryBytes())
				.field("storageBytes", e.storageBytes())
				.field("rounds", e.rounds())
				.field("converged", e.converged())
				.field("degradationSeconds", e.degradationSeconds())
				.field("degradationShare", e.degradationShare())
				.field("cpuCoreSeconds", e.cpuCoreSeconds())
				.field("energyJoules", e.energyJoules())
				.field("riskWindowSeconds", e.riskWindowSeconds());
		json.name("bandwidthOverTime").beginArray();
		for (Migration.Share share : m.bandwidthOverTime()) {
			json.beginObject().field("fromSeconds", share.fromSeconds()).field("bytesPerSecond", share.bytesPerSecond())
					.endObject();
		}
		json.endArray();
		json.name("notes").beginArray();
		e.notes().forEach(note -> json.value(Explanations.of(note)));
		json.endArray();
		json.name("noteDetails").beginArray();
		e.notes().forEach(note -> ExplanationJson.note(json, note));
		json.endArray();
		json.name("trace").beginArray();
		for (Round round : e.trace()) {
			json.beginObject()
					.field("round", round.index())
					.field("memoryBytes", round.memoryBytes())
					.field("wireBytes", round.wireBytes())
					.field("seconds", round.seconds())
					.field("dirtiedBytes", round.dirtiedBytes())
					.field("throttle", round.throttle())
					.field("stopAndCopy", round.stopAndCopy())
					.endObject();
		}
		json.endArray().endObject();
	}

	/** A time simulation: its totals and one sample per scheduling step. */
	private static void simulation(JsonWriter json, TimeSimulationResult result) {
		json.beginObject();
		json.field("label", result.label());
		json.name("totals").beginObject()
				.field("energyKwh", result.energyJoules() / org.vmmig.engine.units.Unit.KWH.toBase()) // the format shows kWh
				.field("migrations", result.migrations())
				.field("slatah", result.slatah())
				.field("pdm", result.pdm())
				.field("slav", result.slav())
				.field("esv", result.esv())
				.field("downtimeSeconds", result.downtimeSeconds())
				.field("bytesMoved", result.bytesMoved())
				.field("nonConverging", result.nonConverging())
				.field("hostShutdowns", result.hostShutdowns())
				.field("endedIdle", result.endedIdle())
				.endObject();
		json.name("unplaced").beginArray();
		result.unplaced().forEach(json::value);
		json.endArray();
		json.name("steps").beginArray();
		for (TimeSimulationResult.Step step : result.series()) {
			json.beginObject()
					.field("seconds", step.seconds())
					.field("activeHosts", step.activeHosts())
					.field("watts", step.watts())
					.field("migrationsStarted", step.migrationsStarted())
					.field("vmsRunning", step.vmsRunning())
					.field("inFlight", step.inFlight())
					.field("peakMemoryShare", step.peakMemoryShare())
					.endObject();
		}
		json.endArray();
		json.endObject();
	}
}
