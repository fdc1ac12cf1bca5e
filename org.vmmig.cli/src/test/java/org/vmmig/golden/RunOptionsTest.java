package org.vmmig.golden;

import static org.vmmig.cli.CommandRun.vmmig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.cli.CommandRun;
import org.vmmig.cli.ExitCodes;
import org.vmmig.cli.Main;

/** Each run option changes what is computed, and only what it should. */
class RunOptionsTest {

	private static final Path MODEL = Golden.MODELS.resolve("estate.vmig");



	private static String simulate(Path output, String... flags) throws Exception {
		List<String> args = new ArrayList<>(List.of("simulate", MODEL.toString(), "-o", output.toString()));
		args.addAll(List.of(flags));
		CommandRun run = vmmig(args.toArray(String[]::new));
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		return run.out();
	}

	/** Every migration's downtime in a result document. */
	private static List<Double> downtimes(String json) {
		List<Double> values = new ArrayList<>();
		Matcher m = Pattern.compile("\"vm\": \"[^\"]*\",(?s).*?\"downtimeSeconds\": ([-0-9.eE]+)").matcher(json);
		while (m.find()) {
			values.add(Double.valueOf(m.group(1)));
		}
		return values;
	}

	@Test
	void theDefaultDowntimeLimitBindsPoliciesThatSetNoneAndOnlyThose(@TempDir Path dir) throws Exception {
		simulate(dir.resolve("default"));
		simulate(dir.resolve("tight"), "--default-downtime-limit", "50ms");
		List<Double> loose = downtimes(Files.readString(dir.resolve("default/estate-drainDefault.json")));
		List<Double> tight = downtimes(Files.readString(dir.resolve("tight/estate-drainDefault.json")));
		assertTrue(loose.stream().anyMatch(d -> d > 0.05), "under 300 ms some pause is longer than 50 ms: " + loose);
		assertTrue(tight.stream().allMatch(d -> d <= 0.05 + 1e-9), "every pause fits 50 ms: " + tight);
		// policy standard sets 300 ms itself: the option does not touch it
		assertEquals(Files.readString(dir.resolve("default/estate-drain.json")).replaceAll("(?s)\"options\".*?}", ""),
				Files.readString(dir.resolve("tight/estate-drain.json")).replaceAll("(?s)\"options\".*?}", ""));
	}

	@Test
	void theSeedDecidesARandomSelectionAndTheSameSeedGivesTheSameNumbers(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("random.vmig");
		Files.writeString(model, Files.readString(MODEL).replace("policy regression { detector lr 1.2 selection mc }",
				"policy regression { detector thr 0.5 selection rs }"));
		Files.createDirectories(dir.resolve("traces"));
		try (var traces = Files.list(Golden.MODELS.resolve("traces"))) {
			for (Path trace : traces.toList()) {
				Files.copy(trace, dir.resolve("traces").resolve(trace.getFileName().toString()));
			}
		}
		for (String seed : List.of("1", "1again", "2", "3", "4")) {
			CommandRun run = vmmig("simulate", model.toString(), "--seed", seed.replace("again", ""), "-o",
					dir.resolve("seed" + seed).toString());
			assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		}
		String one = Files.readString(dir.resolve("seed1/random-hour.json"));
		assertEquals(one, Files.readString(dir.resolve("seed1again/random-hour.json")), "same seed, same document");
		long different = List.of("2", "3", "4").stream().filter(seed -> {
			try {
				return !Files.readString(dir.resolve("seed" + seed + "/random-hour.json")).replaceAll("\"seed\": [0-9.eE]+", "")
						.equals(one.replaceAll("\"seed\": [0-9.eE]+", ""));
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).count();
		assertNotEquals(0, different, "another seed picks other VMs at random");
	}

	@Test
	void aMalformedOptionIsAUsageError() {
		CommandRun run = vmmig("simulate", MODEL.toString(), "--default-downtime-limit", "5 GiB");
		assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
		assertTrue(run.err().startsWith("vmmig: --default-downtime-limit expects a duration"), run.err());
	}
}
