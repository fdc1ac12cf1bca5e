package org.vmmig.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.Round;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.sim.SimulationResult;
import org.vmmig.engine.plan.Unplaced;

/**
 * A plan as JSON, in SI base units (seconds, bytes, bytes per second), keys in a fixed order so reports
 * diff cleanly. The format is described in docs/report-json.md.
 */
public final class JsonReport {

	/** Bumped whenever a field changes meaning or is removed. */
	public static final int FORMAT_VERSION = 1;

	private JsonReport() {
	}

	public static String toJson(Plan plan) {
		JsonWriter json = new JsonWriter().beginObject();
		json.field("formatVersion", FORMAT_VERSION);
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
			json.beginObject().field("vm", unplaced.vmName()).field("reason", unplaced.reason()).endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static void migration(JsonWriter json, Migration m) {
		MigrationEstimate e = m.estimate();
		json.beginObject()
				.field("vm", m.vmName())
				.field("from", m.sourceHost())
				.field("to", m.targetHost())
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
		for (String note : e.notes()) {
			json.value(note);
		}
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

	/**
	 * Writes the report through a temporary file in the same directory, then renames it into place, so an
	 * interrupted run never leaves a half-written report behind.
	 */
	public static void write(Plan plan, Path file) throws IOException {
		writeAtomically(toJson(plan), file);
	}

	/** A time simulation: its totals and one sample per scheduling step. */
	public static String toJson(SimulationResult result) {
		JsonWriter json = new JsonWriter().beginObject();
		json.field("formatVersion", FORMAT_VERSION);
		json.field("policy", result.label());
		json.name("totals").beginObject()
				.field("energyKwh", result.energyKwh())
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
		for (SimulationResult.Step step : result.series()) {
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
		return json.endObject().toString();
	}

	public static void write(SimulationResult result, Path file) throws IOException {
		writeAtomically(toJson(result), file);
	}

	private static void writeAtomically(String text, Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
