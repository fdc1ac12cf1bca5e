package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/planetlab.vmig writes Beloglazov and Buyya's PlanetLab set-up in the language (counted, interleaved hosts;
 * one VM per trace file with CloudSim's types). Under CloudSim's cost model and rules, its simulation and its sweep
 * must give what {@code vmmig planetlab} — which builds the same data centre in Java (PlanetLabSetup) — prints, to
 * every digit it prints.
 */
class PlanetLabExampleTest {

	private static final Path EXAMPLE = Path.of("..", "examples", "planetlab.vmig");
	private static final String DAYS = "../../shared/data/planetlab/";

	/** energy kWh, migrations, SLATAH %, PDM %, SLAV, as {@code vmmig planetlab} prints them. */
	private static String printed(double joules, long migrations, double slatah, double pdm, double slav) {
		return String.format(Locale.ROOT, "%.2f %d %.2f %.3f %.2e", joules / 3.6e6, migrations, 100 * slatah, 100 * pdm, slav);
	}

	/** The same figures from {@code vmmig planetlab}'s table row of the policy. */
	private static String planetlab(String day, String policy) {
		CommandRun run = vmmig("planetlab", DAYS + day, "--policy", policy);
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		Matcher row = Pattern.compile("(?m)^" + Pattern.quote(policy)
				+ " +([0-9.]+) +([0-9]+) +([0-9.]+) % +([0-9.]+) % +([0-9.e+-]+) ").matcher(run.out());
		assertTrue(row.find(), run.out());
		return row.group(1) + " " + row.group(2) + " " + row.group(3) + " " + row.group(4) + " " + row.group(5);
	}

	private static double number(String json, String key) {
		Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?[0-9.eE+-]+)").matcher(json);
		assertTrue(m.find(), key + " in " + json.substring(0, Math.min(2000, json.length())));
		return Double.parseDouble(m.group(1));
	}

	@Test
	void theExampleSimulatesWhatVmmigPlanetlabComputes(@TempDir Path dir) throws Exception {
		CommandRun run = vmmig("simulate", EXAMPLE.toString(), "--cost-model", "cloudsim", "--cloudsim-rules", "-o",
				dir.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		String json = Files.readString(dir.resolve("planetlab-day.json"));
		String simulated = printed(number(json, "energyKwh") * 3.6e6, (long) number(json, "migrations"), number(json, "slatah"),
				number(json, "pdm"), number(json, "slav"));
		assertEquals(planetlab("20110303", "LR-MMT-1.2"), simulated);
	}

	@Test
	void oneRunOfTheExamplesSweepIsVmmigPlanetlabOfItsDay(@TempDir Path dir) throws Exception {
		// the example's model with its sweep narrowed to one day (another than the model's own folder: the number of
		// VMs changes, 898 instead of 1,052) and one policy; the folders absolute, as the copy lives elsewhere
		Path shared = Path.of(DAYS).toAbsolutePath().normalize();
		String model = Files.readString(EXAMPLE).replace("../../shared/data/planetlab/", shared + "/");
		model = model.substring(0, model.indexOf("sweep days")) + """
				sweep oneDay {
					scenario day
					vary traces "%s"
					vary detector thr 0.8
				}
				""".formatted(shared.resolve("20110306"));
		Path file = dir.resolve("planetlab.vmig");
		Files.writeString(file, model);
		CommandRun run = vmmig("sweep", file.toString(), "--threads", "1", "--cost-model", "cloudsim", "--cloudsim-rules",
				"-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		List<String> rows = Files.readAllLines(dir.resolve("out/planetlab-oneDay-runs.csv"));
		assertEquals(2, rows.size(), rows.toString());
		assertTrue(rows.get(1).startsWith("0,20110306,thr 0.8,"), rows.get(1));
		List<String> header = Arrays.asList(rows.get(0).split(","));
		String[] values = rows.get(1).split(",");
		double energy = Double.parseDouble(values[column(header, "energy [J]")]);
		long migrations = Long.parseLong(values[column(header, "migrations")]);
		double slatah = Double.parseDouble(values[column(header, "SLATAH")]);
		double pdm = Double.parseDouble(values[column(header, "PDM")]);
		double slav = Double.parseDouble(values[column(header, "SLAV")]);
		assertEquals(planetlab("20110306", "THR-MMT-0.8"), printed(energy, migrations, slatah, pdm, slav));
	}

	private static int column(List<String> header, String name) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).equals(name) || header.get(i).startsWith(name + " (")) { // SLATAH (share of …) [1]
				return i;
			}
		}
		throw new AssertionError("no column " + name + " in " + header);
	}
}
