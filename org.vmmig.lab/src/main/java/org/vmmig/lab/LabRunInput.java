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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;

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
		JsonNode run;
		try {
			run = LabJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
		} catch (JsonProcessingException e) {
			throw new CalibrationInputException(file + ": not a lab run's description (not JSON)");
		}
		if (!run.isObject()) {
			throw new CalibrationInputException(file + ": not a lab run's description (not a JSON object)");
		}
		try {
			if (!run.has("format") || !text(run, "format").equals(LabResultWriter.FORMAT)) {
				throw new CalibrationInputException(file + ": expected format '" + LabResultWriter.FORMAT + "'");
			}
			Path replies = directory.resolve("query-migrate.jsonl");
			if (!Files.isRegularFile(replies)) {
				throw new CalibrationInputException(directory + ": the run has no query-migrate.jsonl");
			}
			return new LabRunInput(replies, guest(object(run, "guest")), policy(object(run, "policy")));
		} catch (ClassCastException | IllegalStateException | NullPointerException | UnsupportedOperationException
				| NumberFormatException e) {
			throw new CalibrationInputException(file + ": a member is missing or has the wrong type: not a run.json of"
					+ " vmmig lab (docs/lab.md)");
		}
	}

	private static GuestDescription guest(JsonNode guest) {
		JsonNode achieved = object(guest, "achieved-dirty-rate-bytes-per-second").get("before");
		double rate = achieved != null && !achieved.isNull() ? number(achieved)
				: number(guest, "dirty-rate-bytes-per-second");
		return new GuestDescription(OptionalDouble.of(number(guest, "memory-bytes")),
				OptionalDouble.of(number(guest, "working-set-bytes")), OptionalDouble.of(rate));
	}

	/** The knobs as LabCommand builds them from its options (auto-converge at QEMU's defaults, XBZRLE's 1 % delta). */
	private static MigrationPolicy policy(JsonNode policy) throws CalibrationInputException {
		MigrationPolicy.Builder builder = MigrationPolicy.builder()
				.technique(switch (text(policy, "technique")) {
				case "post-copy" -> Technique.POST_COPY;
				case "hybrid" -> Technique.HYBRID;
				default -> Technique.PRE_COPY;
				})
				.downtimeLimitSeconds(number(policy, "downtime-limit-seconds"))
				.maxRounds(integer(policy, "max-rounds"))
				.maxDataFactor(number(policy, "max-data-factor"))
				.streams(integer(policy, "streams"));
		JsonNode cap = policy.get("bandwidth-cap-bytes-per-second");
		if (cap != null && !cap.isNull()) {
			builder.bandwidthCapBytesPerSecond(number(cap));
		}
		if (bool(policy, "auto-converge")) {
			builder.autoConverge(AutoConverge.QEMU_DEFAULTS);
		}
		int hybridRounds = integer(policy, "hybrid-pre-copy-rounds");
		if (hybridRounds > 0) {
			builder.hybridPreCopyRounds(hybridRounds);
		}
		double xbzrle = number(policy, "xbzrle-cache-bytes");
		if (xbzrle > 0) {
			builder.xbzrle(new Xbzrle(true, xbzrle, 0.01));
		}
		if (bool(policy, "compression")) {
			throw new CalibrationInputException("a lab run with compression: vmmig lab does not run those");
		}
		return builder.build();
	}

	// Jackson's asDouble(), asInt(), … read a wrong type as 0 or false: these refuse it (caught in read)

	private static JsonNode object(JsonNode parent, String name) {
		return expect(parent.get(name), JsonNode::isObject);
	}

	private static double number(JsonNode parent, String name) {
		return number(parent.get(name));
	}

	private static double number(JsonNode value) {
		return expect(value, JsonNode::isNumber).doubleValue();
	}

	private static int integer(JsonNode parent, String name) {
		return expect(parent.get(name), JsonNode::canConvertToInt).intValue();
	}

	private static boolean bool(JsonNode parent, String name) {
		return expect(parent.get(name), JsonNode::isBoolean).booleanValue();
	}

	private static String text(JsonNode parent, String name) {
		return expect(parent.get(name), JsonNode::isTextual).textValue();
	}

	private static JsonNode expect(JsonNode value, java.util.function.Predicate<JsonNode> type) {
		if (value == null || !type.test(value)) {
			throw new IllegalStateException("missing or of the wrong type");
		}
		return value;
	}
}
