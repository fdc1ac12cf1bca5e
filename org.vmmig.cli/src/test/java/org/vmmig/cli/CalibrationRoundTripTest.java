package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The calibrated environment round-trips (issue 14): real lab runs (captured in src/test/resources/lab-runs, see its
 * README) → {@code vmmig workload} (the guests' zero pages) → {@code vmmig calibrate --write} (the environment, and
 * the policy pointed at it) → the model → {@code vmmig simulate}'s prediction, which now follows the fitted figures
 * and is closer to the pauses QEMU measured.
 */
class CalibrationRoundTripTest {

	static final Path RUNS = Path.of("src/test/resources/lab-runs");
	static final List<String> CALIBRATION_RUNS = List.of("fx-calibrate-1", "fx-calibrate-2", "fx-calibrate-3");

	@TempDir
	Path dir;

	/** The lab guest of a run as a vm of a model: its memory as QEMU counted it, working set, achieved rate, zero pages. */
	private static String vm(String run, String host) throws IOException {
		JsonNode guest = json(RUNS.resolve(run).resolve("run.json")).get("guest");
		JsonNode ram = json(RUNS.resolve(run).resolve("final.json")).get("return").get("ram");
		CommandRun workload = vmmig("workload", RUNS.resolve(run).resolve("final.json").toString());
		assertEquals(ExitCodes.OK, workload.exitCode(), workload.err());
		Matcher zero = Pattern.compile("zero-pages ([0-9.]+ %)").matcher(workload.out());
		assertTrue(zero.find(), workload.out());
		return String.format(Locale.ROOT, "vm %s { memory %d B dirty-rate %.0f B/s working-set %d B zero-pages %s on %s }%n",
				run.replace("-", "_"), ram.get("total").asLong(),
				guest.get("achieved-dirty-rate-bytes-per-second").get("before").asDouble(),
				guest.get("working-set-bytes").asLong(), zero.group(1), host);
	}

	private static JsonNode json(Path file) throws IOException {
		return new ObjectMapper().readTree(Files.readString(file));
	}

	/** One source host per guest, so that the three migrations run alone, as they did in the lab. */
	private Path model() throws IOException {
		StringBuilder text = new StringBuilder("host dst { memory 4 GiB nic 10 Gbps }\n");
		StringBuilder hosts = new StringBuilder("dst");
		for (int k = 0; k < CALIBRATION_RUNS.size(); k++) {
			text.append("host src").append(k).append(" { memory 1 GiB nic 10 Gbps }\n");
			text.append(vm(CALIBRATION_RUNS.get(k), "src" + k));
			hosts.append(", src").append(k);
		}
		text.append("network loop { bandwidth 10 Gbps connects ").append(hosts).append(" }\n");
		text.append("policy lab {\n\tbandwidth-cap 64 MiB/s\n\tdowntime-limit 300 ms\n}\n");
		text.append("scenario move { evacuate src0, src1, src2 using lab }\n");
		Path model = dir.resolve("lab.vmig");
		Files.writeString(model, text, StandardCharsets.UTF_8);
		return model;
	}

	/** The predicted pause and total time of each VM, from simulate's JSON document. */
	private Map<String, double[]> predicted(Path model) throws IOException {
		Path out = dir.resolve("out" + System.nanoTime());
		CommandRun run = vmmig("simulate", model.toString(), "-o", out.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err() + run.out());
		Map<String, double[]> byVm = new HashMap<>();
		for (JsonNode migration : json(out.resolve("lab-move.json")).get("plan").get("migrations")) {
			byVm.put(migration.get("vm").asText(), new double[] { migration.get("downtimeSeconds").asDouble(),
					migration.get("totalSeconds").asDouble() });
		}
		return byVm;
	}

	/** Mean absolute error of the predicted pauses against QEMU's. */
	private static double pauseError(Map<String, double[]> predicted) throws IOException {
		double sum = 0;
		for (String run : CALIBRATION_RUNS) {
			double measured = json(RUNS.resolve(run).resolve("final.json")).get("return").get("downtime")
					.asDouble() / 1000;
			sum += Math.abs(predicted.get(run.replace("-", "_"))[0] - measured);
		}
		return sum / CALIBRATION_RUNS.size();
	}

	@Test
	void labRunsCalibrateAModelWhosePredictionsThenUseTheEnvironment() throws IOException {
		Path model = model();
		Map<String, double[]> before = predicted(model);

		CommandRun calibrate = vmmig("calibrate", RUNS.resolve("fx-calibrate-1").toString(),
				RUNS.resolve("fx-calibrate-2").toString(), RUNS.resolve("fx-calibrate-3").toString(), "--bandwidth", "10Gbps",
				"--model", model.toString(), "--policy", "lab", "--write", model.toString());
		assertEquals(ExitCodes.OK, calibrate.exitCode(), calibrate.err());
		assertTrue(calibrate.out().contains("added environment calibrated in " + model + "; policy lab runs in it"),
				calibrate.out());
		String text = Files.readString(model);
		Matcher environment = Pattern.compile("environment calibrated \\{\n\tefficiency (\\d+) %\n\tround-overhead ([0-9.]+) ms\n"
				+ "\tswitchover ([0-9.]+) ms\n\tmeasured \"vmmig calibrate: 3 migration\\(s\\) from [^\"]*\"\n}\n").matcher(text);
		assertTrue(environment.find(), text);
		assertTrue(text.contains("policy lab {\n\tbandwidth-cap 64 MiB/s\n\tdowntime-limit 300 ms\n\tenvironment calibrated\n}"),
				text);
		assertEquals(ExitCodes.OK, vmmig("validate", model.toString()).exitCode());

		Map<String, double[]> after = predicted(model);
		double switchover = Double.parseDouble(environment.group(3)) / 1000;
		assertTrue(switchover > 0.005, "QEMU's pauses under TCG are 17–33 ms, the model's 1–11 ms: " + switchover);
		for (String vm : before.keySet()) {
			assertFalse(before.get(vm)[0] == after.get(vm)[0], vm + ": the environment changes the pause");
		}
		assertTrue(pauseError(after) < pauseError(before),
				"calibrated pauses are nearer QEMU's: " + pauseError(after) + " s against " + pauseError(before) + " s");
	}

	@Test
	void calibratingAgainReplacesTheEnvironmentAndLeavesThePolicyPointingAtIt() throws IOException {
		Path model = model();
		String[] args = { "calibrate", RUNS.resolve("fx-calibrate-3").toString(), "--bandwidth", "10Gbps", "--model",
				model.toString(), "--policy", "lab", "--write", model.toString() };
		assertEquals(ExitCodes.OK, vmmig(args).exitCode());
		CommandRun again = vmmig(args);
		assertEquals(ExitCodes.OK, again.exitCode(), again.err());
		assertTrue(again.out().contains("replaced environment calibrated"), again.out());
		String text = Files.readString(model);
		assertEquals(1, text.split("environment calibrated \\{", -1).length - 1, text);
		assertEquals(1, text.split("\tenvironment calibrated\n", -1).length - 1, text);
	}

	@Test
	void aModelWithErrorsOrANameClashIsNotWrittenInto() throws IOException {
		Path broken = dir.resolve("broken.vmig");
		Files.writeString(broken, "host h { memory 8 Gbps nic 1 Gbps }\n");
		CommandRun run = vmmig("calibrate", RUNS.resolve("fx-calibrate-3").toString(), "--bandwidth", "10Gbps", "--write",
				broken.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().contains("has errors: fix them before calibrate writes into it"), run.err());
		assertEquals("host h { memory 8 Gbps nic 1 Gbps }\n", Files.readString(broken));

		Path clash = dir.resolve("clash.vmig");
		Files.writeString(clash, "host calibrated { memory 8 GiB nic 1 Gbps }\n");
		run = vmmig("calibrate", RUNS.resolve("fx-calibrate-3").toString(), "--bandwidth", "10Gbps", "--write",
				clash.toString());
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().contains("already declares 'calibrated' (not an environment)"), run.err());
		assertEquals("host calibrated { memory 8 GiB nic 1 Gbps }\n", Files.readString(clash));
		try (var files = Files.list(dir)) {
			assertEquals(List.of("broken.vmig", "clash.vmig"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file left behind");
		}
	}
}
