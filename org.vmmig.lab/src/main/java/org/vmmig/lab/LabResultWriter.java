package org.vmmig.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.vmmig.engine.model.MigrationPolicy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a run's directory (format: docs/lab.md): {@code run.json} (guest, policy, QEMU knobs, host,
 * what the lab did, outcome, the final reply), {@code query-migrate.jsonl} (every polled reply, one per
 * line, with the ms since the migrate command) and {@code final.json} (the final reply alone). Both reply
 * files are read by {@code vmmig calibrate}. Each file is written to a temporary name and renamed.
 */
final class LabResultWriter {

	static final String FORMAT = "vmmig-lab-run/1";

	void write(LabResult result) throws IOException {
		Path directory = result.directory();
		StringBuilder lines = new StringBuilder();
		for (LabResult.TracePoint point : result.trace()) {
			ObjectNode line = LabJson.object();
			line.put("elapsed-ms", point.elapsedMs());
			line.set("return", point.reply());
			lines.append(LabJson.COMPACT.writeValueAsString(line)).append('\n');
		}
		write(directory.resolve("query-migrate.jsonl"), lines.toString());
		ObjectNode last = LabJson.object();
		last.set("return", result.finalReply());
		write(directory.resolve("final.json"), LabJson.PRETTY.writeValueAsString(last) + "\n");
		write(directory.resolve("run.json"), LabJson.PRETTY.writeValueAsString(describe(result)) + "\n");
	}

	/** One QMP reply in its envelope, {@code {"return": …}}, as vmmig calibrate and vmmig workload read it. */
	static void writeReply(Path file, JsonNode reply) throws IOException {
		ObjectNode envelope = LabJson.object();
		envelope.set("return", reply);
		write(file, LabJson.PRETTY.writeValueAsString(envelope) + "\n");
	}

	static ObjectNode describe(LabResult result) {
		ObjectNode run = LabJson.object();
		run.put("format", FORMAT);
		run.put("name", result.name());
		run.put("started", result.started().toString());

		ObjectNode host = LabJson.object();
		host.put("qemu", result.qemuVersion());
		host.put("accelerator", result.accelerator().label());
		host.put("cores", Runtime.getRuntime().availableProcessors());
		host.put("link", "loopback (127.0.0.1)");
		run.set("host", host);

		GuestSpec spec = result.guest();
		ObjectNode guest = LabJson.object();
		guest.put("memory-bytes", spec.memoryBytes());
		guest.put("working-set-bytes", spec.workingSetBytes());
		guest.put("dirty-rate-bytes-per-second", spec.dirtyBytesPerSecond());
		guest.put("fill-bytes", spec.fillBytes());
		guest.put("pace", spec.pace().name().toLowerCase(Locale.ROOT));
		guest.put("kernel-command-line", spec.kernelArguments(LabRun.REPORT_SECONDS));
		ObjectNode achieved = LabJson.object();
		number(achieved, "before", result.rateBefore());
		number(achieved, "during", result.rateDuring());
		number(achieved, "after", result.rateAfter());
		guest.set("achieved-dirty-rate-bytes-per-second", achieved);
		run.set("guest", guest);

		run.set("policy", policy(result.policy()));
		ObjectNode qemu = LabJson.object();
		qemu.set("capabilities", result.knobs().capabilitiesArgument().get("capabilities"));
		qemu.set("parameters", result.knobs().parameters());
		run.set("qemu", qemu);

		ArrayNode events = LabJson.array();
		result.events().forEach(events::add);
		run.set("events", events);

		Measured measured = result.measured();
		ObjectNode outcome = LabJson.object();
		outcome.put("status", measured.status());
		outcome.put("converged", measured.converged());
		outcome.put("forced", result.forced());
		outcome.put("post-copy", result.postCopyStarted());
		outcome.put("destination-running", result.destinationRunning());
		outcome.put("total-seconds", measured.totalSeconds());
		if (measured.downtimeValid()) {
			outcome.put("downtime-seconds", measured.downtimeSeconds());
		} else {
			outcome.putNull("downtime-seconds");
		}
		outcome.put("bytes-transferred", measured.bytesTransferred());
		outcome.put("zero-page-share", measured.zeroPageShare());
		outcome.put("dirty-sync-count", measured.dirtySyncCount());
		run.set("outcome", outcome);
		run.set("final", result.finalReply());
		return run;
	}

	private static ObjectNode policy(MigrationPolicy policy) {
		ObjectNode json = LabJson.object();
		json.put("technique", policy.technique().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		json.put("downtime-limit-seconds", policy.downtimeLimitSeconds());
		double cap = policy.bandwidthCapBytesPerSecond();
		if (cap > 0 && Double.isFinite(cap)) {
			json.put("bandwidth-cap-bytes-per-second", cap);
		} else {
			json.putNull("bandwidth-cap-bytes-per-second");
		}
		json.put("max-rounds", policy.maxRounds());
		json.put("max-data-factor", policy.maxDataFactor());
		json.put("auto-converge", policy.autoConverge().enabled());
		json.put("hybrid-pre-copy-rounds", policy.hybridPreCopyRounds());
		json.put("streams", policy.streams());
		json.put("compression", policy.compression().enabled());
		json.put("xbzrle-cache-bytes", policy.xbzrle().enabled() ? policy.xbzrle().cacheBytes() : 0);
		return json;
	}

	private static void number(ObjectNode object, String key, double value) {
		if (Double.isFinite(value)) {
			object.put(key, value);
		} else {
			object.putNull(key);
		}
	}

	private static void write(Path file, String text) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
