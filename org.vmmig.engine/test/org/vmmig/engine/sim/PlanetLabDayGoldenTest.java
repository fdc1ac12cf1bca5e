package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPolicy;

/**
 * The PlanetLab day 20110303 (traces in name order) under several policies and both rule sets gives exactly the
 * results recorded in resources/planetlab/20110303-golden.txt: energy, SLATAH, PDM, downtime and bytes moved as
 * bits, the counts, and a digest of every step of the series and of every migration record. A speed-up of the
 * simulation must keep all of them; a change that does not is a change of the model, and its golden line changes
 * with an explanation in the commit (how to regenerate the file: its header).
 */
class PlanetLabDayGoldenTest {

	static final Path GOLDEN = Path.of("resources", "planetlab", "20110303-golden.txt");

	/** Set to true (-Dvmmig.golden.write=true) to write the file anew from this build instead of comparing. */
	private static final boolean WRITE = Boolean.getBoolean("vmmig.golden.write");

	private static final String HEADER = """
			# Results of the PlanetLab day 20110303 (traces in name order), checked by PlanetLabDayGoldenTest: every
			# speed-up of the simulation keeps these bits. A case is POLICY/RULES/TIMING; doubles are their IEEE bits
			# in hex, series and records a SHA-256 (first 16 bytes) of every step's and every migration record's fields.
			# Regenerate (only for a change of the model, explained in its commit) with
			#   $MVN -B -o verify -pl releng/org.vmmig.target,org.vmmig.engine -Dtest=PlanetLabDayGoldenTest -Dvmmig.golden.write=true
			""";

	private static PlanetLabSetup day;
	private static Map<String, String> golden;
	private static final Map<String, String> written = new LinkedHashMap<>();

	@BeforeAll
	static void readDay() throws Exception {
		day = PlanetLabSetup.read(PlanetLabReproductionTest.PLANETLAB.resolve("20110303"), 800, 32 * 1024 * 1024); // the CLI's default dirty rate
		golden = new LinkedHashMap<>();
		if (!WRITE) {
			for (String line : Files.readAllLines(GOLDEN)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					golden.put(line.substring(0, line.indexOf(' ')), line);
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "THR-MMT-0.8/cloudsim/cloudsim", "IQR-MMT-1.5/cloudsim/cloudsim",
			"MAD-MMT-2.5/cloudsim/cloudsim", "LR-MMT-1.2/cloudsim/cloudsim", "LR-MC-1.2/cloudsim/cloudsim",
			"THR-MMT-0.8/vmmig/cloudsim", "LR-MMT-1.2/vmmig/live" })
	void theDayGivesTheRecordedResultsToTheBit(String name) throws Exception {
		String[] parts = name.split("/");
		SimulationSettings settings = PolicyLabels.settings(parts[0]);
		if (parts[1].equals("vmmig")) {
			settings = settings.withRules(SimulationSettings.Rules.VMMIG);
		}
		if (parts[2].equals("live")) {
			settings = settings.withTiming(MigrationTiming.Live.of(MigrationModel.live(), MigrationPolicy.defaults()));
		}
		String actual = name + " " + fingerprint(ConsolidationSimulator.run(day.hosts, day.vms, settings));
		if (WRITE) {
			write(name, actual);
		} else {
			assertEquals(golden.get(name), actual, "the results differ from " + GOLDEN);
		}
	}

	private static synchronized void write(String name, String line) throws IOException {
		written.put(name, line);
		List<String> lines = new ArrayList<>(List.of(HEADER.strip().split("\n")));
		lines.addAll(written.values());
		Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
	}

	/** Every figure of a result, exactly. */
	static String fingerprint(TimeSimulationResult r) throws IOException, NoSuchAlgorithmException {
		return "energy=" + bits(r.energyJoules()) + " slatah=" + bits(r.slatah()) + " pdm=" + bits(r.pdm())
				+ " migrations=" + r.migrations() + " shutdowns=" + r.hostShutdowns() + " endedIdle=" + r.endedIdle()
				+ " unplaced=" + r.unplaced().size() + " downtime=" + bits(r.downtimeSeconds()) + " bytes="
				+ bits(r.bytesMoved()) + " nonConverging=" + r.nonConverging() + " series=" + seriesDigest(r)
				+ " records=" + recordsDigest(r);
	}

	private static String bits(double value) {
		return Long.toHexString(Double.doubleToLongBits(value));
	}

	private static String seriesDigest(TimeSimulationResult r) throws IOException, NoSuchAlgorithmException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		for (TimeSimulationResult.Step s : r.series()) {
			out.writeDouble(s.seconds());
			out.writeInt(s.activeHosts());
			out.writeDouble(s.watts());
			out.writeInt(s.migrationsStarted());
			out.writeInt(s.vmsRunning());
			out.writeInt(s.inFlight());
			out.writeDouble(s.peakMemoryShare());
		}
		return digest(bytes.toByteArray());
	}

	private static String recordsDigest(TimeSimulationResult r) throws IOException, NoSuchAlgorithmException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		for (TimeSimulationResult.MigrationRecord m : r.migrationRecords()) {
			out.writeUTF(m.vm());
			out.writeDouble(m.startSeconds());
			out.writeDouble(m.downtimeSeconds());
			out.writeDouble(m.degradationShare());
		}
		return digest(bytes.toByteArray());
	}

	private static String digest(byte[] data) throws NoSuchAlgorithmException {
		byte[] sha = MessageDigest.getInstance("SHA-256").digest(data);
		return HexFormat.of().formatHex(sha, 0, 16);
	}
}
