package org.vmmig.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

import org.vmmig.engine.calibration.CalibrationInputException;
import org.vmmig.engine.calibration.GuestDescription;
import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;
import org.vmmig.engine.model.Xbzrle;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A run directory of {@code vmmig lab} as input to calibration: its {@code query-migrate.jsonl} (the polled
 * replies, the completed one last) with the guest and the policy its {@code run.json} describes — the guest's
 * memory, working set and the dirty rate it achieved before the migration (as the accuracy test predicts
 * it), the policy's knobs as the lab set them (docs/lab.md).
 */
public record LabRunInput(Path replies, GuestDescription guest, MigrationPolicy policy) {

	/** Whether the directory is a lab run: it holds a run.json. */
	public static boolean isRunDirectory(Path path) {
		return Files.isDirectory(path) && Files.isRegularFile(path.resolve("run.json"));
	}

	public static LabRunInput read(Path directory) throws IOException, CalibrationInputException {
		Path file = directory.resolve("run.json");
		if (Files.size(file) > 16 * 1024 * 1024) {
			throw new CalibrationInputException(file + ": larger than 16 MiB, not a lab run's description");
		}
		JsonObject run;
		try {
			run = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new CalibrationInputException(file + ": not a lab run's description (not JSON)");
		}
		try {
			if (!run.has("format") || !run.get("format").getAsString().equals(LabResultWriter.FORMAT)) {
				throw new CalibrationInputException(file + ": expected format '" + LabResultWriter.FORMAT + "'");
			}
			Path replies = directory.resolve("query-migrate.jsonl");
			if (!Files.isRegularFile(replies)) {
				throw new CalibrationInputException(directory + ": the run has no query-migrate.jsonl");
			}
			return new LabRunInput(replies, guest(run.getAsJsonObject("guest")), policy(run.getAsJsonObject("policy")));
		} catch (ClassCastException | IllegalStateException | NullPointerException | UnsupportedOperationException
				| NumberFormatException e) {
			throw new CalibrationInputException(file + ": a member is missing or has the wrong type: not a run.json of"
					+ " vmmig lab (docs/lab.md)");
		}
	}

	private static GuestDescription guest(JsonObject guest) {
		JsonElement achieved = guest.getAsJsonObject("achieved-dirty-rate-bytes-per-second").get("before");
		double rate = achieved != null && !achieved.isJsonNull() ? achieved.getAsDouble()
				: guest.get("dirty-rate-bytes-per-second").getAsDouble();
		return new GuestDescription(OptionalDouble.of(guest.get("memory-bytes").getAsDouble()),
				OptionalDouble.of(guest.get("working-set-bytes").getAsDouble()), OptionalDouble.of(rate));
	}

	/** The knobs as LabCommand builds them from its options (auto-converge at QEMU's defaults, XBZRLE's 1 % delta). */
	private static MigrationPolicy policy(JsonObject policy) throws CalibrationInputException {
		MigrationPolicy.Builder builder = MigrationPolicy.builder()
				.technique(switch (policy.get("technique").getAsString()) {
				case "post-copy" -> Technique.POST_COPY;
				case "hybrid" -> Technique.HYBRID;
				default -> Technique.PRE_COPY;
				})
				.downtimeLimitSeconds(policy.get("downtime-limit-seconds").getAsDouble())
				.maxRounds(policy.get("max-rounds").getAsInt())
				.maxDataFactor(policy.get("max-data-factor").getAsDouble())
				.streams(policy.get("streams").getAsInt());
		JsonElement cap = policy.get("bandwidth-cap-bytes-per-second");
		if (cap != null && !cap.isJsonNull()) {
			builder.bandwidthCapBytesPerSecond(cap.getAsDouble());
		}
		if (policy.get("auto-converge").getAsBoolean()) {
			builder.autoConverge(AutoConverge.QEMU_DEFAULTS);
		}
		int hybridRounds = policy.get("hybrid-pre-copy-rounds").getAsInt();
		if (hybridRounds > 0) {
			builder.hybridPreCopyRounds(hybridRounds);
		}
		double xbzrle = policy.get("xbzrle-cache-bytes").getAsDouble();
		if (xbzrle > 0) {
			builder.xbzrle(new Xbzrle(true, xbzrle, 0.01));
		}
		if (policy.get("compression").getAsBoolean()) {
			throw new CalibrationInputException("a lab run with compression: vmmig lab does not run those");
		}
		return builder.build();
	}
}
