package org.vmmig.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.vmmig.engine.model.MigrationPolicy;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a run's directory (format: docs/lab.md): {@code run.json} (guest, policy, QEMU knobs, host,
 * what the lab did, outcome, the final reply), {@code query-migrate.jsonl} (every polled reply, one per
 * line, with the ms since the migrate command) and {@code final.json} (the final reply alone). Both reply
 * files are read by {@code vmmig calibrate}. Each file is written to a temporary name and renamed.
 */
final class LabResultWriter {

	static final String FORMAT = "vmmig-lab-run/1";
	private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

	void write(LabResult result) throws IOException {
		Path directory = result.directory();
		StringBuilder lines = new StringBuilder();
		for (LabResult.TracePoint point : result.trace()) {
			JsonObject line = new JsonObject();
			line.addProperty("elapsed-ms", point.elapsedMs());
			line.add("return", point.reply());
			lines.append(COMPACT.toJson(line)).append('\n');
		}
		write(directory.resolve("query-migrate.jsonl"), lines.toString());
		JsonObject last = new JsonObject();
		last.add("return", result.finalReply());
		write(directory.resolve("final.json"), PRETTY.toJson(last) + "\n");
		write(directory.resolve("run.json"), PRETTY.toJson(describe(result)) + "\n");
	}

	/** One QMP reply in its envelope, {@code {"return": …}}, as vmmig calibrate and vmmig workload read it. */
	static void writeReply(Path file, JsonObject reply) throws IOException {
		JsonObject envelope = new JsonObject();
		envelope.add("return", reply);
		write(file, PRETTY.toJson(envelope) + "\n");
	}

	static JsonObject describe(LabResult result) {
		JsonObject run = new JsonObject();
		run.addProperty("format", FORMAT);
		run.addProperty("name", result.name());
		run.addProperty("started", result.started().toString());

		JsonObject host = new JsonObject();
		host.addProperty("qemu", result.qemuVersion());
		host.addProperty("accelerator", result.accelerator().label());
		host.addProperty("cores", Runtime.getRuntime().availableProcessors());
		host.addProperty("link", "loopback (127.0.0.1)");
		run.add("host", host);

		GuestSpec spec = result.guest();
		JsonObject guest = new JsonObject();
		guest.addProperty("memory-bytes", spec.memoryBytes());
		guest.addProperty("working-set-bytes", spec.workingSetBytes());
		guest.addProperty("dirty-rate-bytes-per-second", spec.dirtyBytesPerSecond());
		guest.addProperty("fill-bytes", spec.fillBytes());
		guest.addProperty("pace", spec.pace().name().toLowerCase(Locale.ROOT));
		guest.addProperty("kernel-command-line", spec.kernelArguments(LabRun.REPORT_SECONDS));
		JsonObject achieved = new JsonObject();
		number(achieved, "before", result.rateBefore());
		number(achieved, "during", result.rateDuring());
		number(achieved, "after", result.rateAfter());
		guest.add("achieved-dirty-rate-bytes-per-second", achieved);
		run.add("guest", guest);

		run.add("policy", policy(result.policy()));
		JsonObject qemu = new JsonObject();
		qemu.add("capabilities", result.knobs().capabilitiesArgument().get("capabilities"));
		qemu.add("parameters", result.knobs().parameters());
		run.add("qemu", qemu);

		JsonArray events = new JsonArray();
		result.events().forEach(events::add);
		run.add("events", events);

		Measured measured = result.measured();
		JsonObject outcome = new JsonObject();
		outcome.addProperty("status", measured.status());
		outcome.addProperty("converged", measured.converged());
		outcome.addProperty("forced", result.forced());
		outcome.addProperty("post-copy", result.postCopyStarted());
		outcome.addProperty("destination-running", result.destinationRunning());
		outcome.addProperty("total-seconds", measured.totalSeconds());
		if (measured.downtimeValid()) {
			outcome.addProperty("downtime-seconds", measured.downtimeSeconds());
		} else {
			outcome.add("downtime-seconds", null);
		}
		outcome.addProperty("bytes-transferred", measured.bytesTransferred());
		outcome.addProperty("zero-page-share", measured.zeroPageShare());
		outcome.addProperty("dirty-sync-count", measured.dirtySyncCount());
		run.add("outcome", outcome);
		run.add("final", result.finalReply());
		return run;
	}

	private static JsonObject policy(MigrationPolicy policy) {
		JsonObject json = new JsonObject();
		json.addProperty("technique", policy.technique().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		json.addProperty("downtime-limit-seconds", policy.downtimeLimitSeconds());
		double cap = policy.bandwidthCapBytesPerSecond();
		if (cap > 0 && Double.isFinite(cap)) {
			json.addProperty("bandwidth-cap-bytes-per-second", cap);
		} else {
			json.add("bandwidth-cap-bytes-per-second", null);
		}
		json.addProperty("max-rounds", policy.maxRounds());
		json.addProperty("max-data-factor", policy.maxDataFactor());
		json.addProperty("auto-converge", policy.autoConverge().enabled());
		json.addProperty("hybrid-pre-copy-rounds", policy.hybridPreCopyRounds());
		json.addProperty("streams", policy.streams());
		json.addProperty("compression", policy.compression().enabled());
		json.addProperty("xbzrle-cache-bytes", policy.xbzrle().enabled() ? policy.xbzrle().cacheBytes() : 0);
		return json;
	}

	private static void number(JsonObject object, String key, double value) {
		if (Double.isFinite(value)) {
			object.addProperty(key, value);
		} else {
			object.add(key, null);
		}
	}

	private static void write(Path file, String text) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
