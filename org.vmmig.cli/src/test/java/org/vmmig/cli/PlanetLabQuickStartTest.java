package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.vmmig.cli.CommandRun.vmmig;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link PlanetLabQuickStart} reads {@code vmmig planetlab} lines as picocli does, or leaves them to picocli: each
 * line it accepts sets every option and the folder to what picocli sets, and the run prints what the run through
 * picocli prints.
 */
class PlanetLabQuickStartTest {

	/** What the tests, the docs and the benchmarks write: all read without picocli. */
	@Test
	void everydayLinesAreReadWithoutPicocli() {
		for (String line : List.of("planetlab ../shared/data/planetlab/20110303",
				"planetlab ../shared/data/planetlab/20110303 --policy LR-MMT-1.2",
				"planetlab day --policy THR-MMT-0.8,IQR-MMT-1.5,MAD-MMT-2.5 --hosts 4",
				"planetlab --policy=DVFS day --rules vmmig --timing live --dirty-rate 12.5 --directory-order",
				"planetlab day --file-order order.txt --hosts=100000")) {
			assertAgrees(line.split(" "), true);
		}
	}

	/** Help, version, argument files, repetitions and values picocli converts otherwise stay picocli's. */
	@Test
	void unusualLinesAreLeftToPicocli() {
		for (String line : List.of("planetlab", "planetlab --help", "planetlab day -h", "planetlab day --version",
				"planetlab @args", "planetlab day other", "planetlab day --hosts", "planetlab day --hosts -5",
				"planetlab day --hosts +5", "planetlab day --hosts 0x10", "planetlab day --hosts 99999999999",
				"planetlab day --dirty-rate NaN", "planetlab day --dirty-rate 1e3", "planetlab day --dirty-rate .5",
				"planetlab day --rules CloudSim", "planetlab day --policy A --policy B", "planetlab day --policy A,,B",
				"planetlab day --policy ,A", "planetlab day --directory-order --directory-order",
				"planetlab day --directory-order=true", "planetlab day --", "planetlab day --polic A",
				"planetlab day --policy 'A'", "validate day")) {
			assertNull(PlanetLabQuickStart.parse(line.split(" ")), line);
		}
	}

	/** Every option picocli knows of the command is one the quick reading reads: a new option must be added there. */
	@Test
	void everyOptionOfTheCommandIsReadWithoutPicocli() {
		for (OptionSpec option : new CommandLine(new PlanetLabCommand()).getCommandSpec().options()) {
			if (option.usageHelp() || option.versionHelp()) {
				continue;
			}
			List<String> line = new ArrayList<>(List.of("planetlab", "day", option.longestName()));
			if (option.arity().max() > 0) {
				line.add(option.defaultValue() != null ? option.defaultValue() : "x");
			}
			assertAgrees(line.toArray(String[]::new), true);
		}
	}

	/** Random lines of option names, values and folders: where the quick reading answers, picocli agrees. */
	@Test
	void randomLinesAreReadAsPicocliReadsThem() {
		List<String> tokens = List.of("day", "other", "--policy", "--hosts", "--rules", "--timing", "--dirty-rate",
				"--directory-order", "--file-order", "--policy=THR-MMT-0.8", "--hosts=7", "--rules=vmmig",
				"--timing=live", "--dirty-rate=0", "THR-MMT-0.8,LR-MC-1.2", "LR-MMT-1.2", "12", "012", "0", "100001",
				"2.50", "7.", "cloudsim", "vmmig", "live", "--help", "-h", "-V", "--", "-", "@x", "a=b", "--x=1", "",
				",", "x,", "order.txt", "1e2");
		Random random = new Random(17);
		int accepted = 0;
		for (int n = 0; n < 20_000; n++) {
			String[] line = new String[1 + random.nextInt(7)];
			line[0] = "planetlab";
			for (int i = 1; i < line.length; i++) {
				line[i] = tokens.get(random.nextInt(tokens.size()));
			}
			accepted += assertAgrees(line, false) ? 1 : 0;
		}
		assertTrue(accepted > 1_000, accepted + " lines read without picocli"); // the test tests something
	}

	/** The same experiment through both readings prints the same lines but its timings. */
	@Test
	void aRunReadWithoutPicocliPrintsWhatTheRunThroughPicocliPrints(@TempDir Path dir) throws Exception {
		Path traces = Files.createDirectory(dir.resolve("traces"));
		for (int i = 0; i < 6; i++) {
			Files.writeString(traces.resolve("vm" + i), String.join("\n", Collections.nCopies(288, "" + (10 + 15 * i))) + "\n");
		}
		String[] args = { "planetlab", traces.toString(), "--hosts", "3", "--policy", "THR-MMT-0.8,DVFS", "--rules",
				"vmmig" };
		assertNotNull(PlanetLabQuickStart.parse(args));
		Path argumentFile = dir.resolve("args"); // "@file": picocli's argument file, which the quick reading leaves
		Files.write(argumentFile, Arrays.asList(args).subList(1, args.length));
		assertNull(PlanetLabQuickStart.parse(new String[] { "planetlab", "@" + argumentFile }));
		Set<Thread> threads = Thread.getAllStackTraces().keySet();
		CommandRun quick = vmmig(args);
		Set<Thread> left = Thread.getAllStackTraces().keySet().stream()
				.filter(thread -> !thread.isDaemon() && !threads.contains(thread)).collect(Collectors.toSet());
		assertEquals(Set.of(), left, "Main.main returns instead of System.exit: no thread may be left to wait for");
		CommandRun picocli = vmmig("planetlab", "@" + argumentFile);
		assertEquals(ExitCodes.OK, quick.exitCode(), quick.err());
		assertEquals(withoutTimings(picocli.out()), withoutTimings(quick.out()));
		assertEquals(picocli.err(), quick.err());
		assertTrue(quick.out().contains("DVFS"), quick.out());
	}

	/** Errors the command itself finds read the same either way. */
	@Test
	void theCommandsOwnErrorsAreTheSame(@TempDir Path dir) throws Exception {
		for (String[] args : List.of(new String[] { "planetlab", dir.resolve("none").toString() },
				new String[] { "planetlab", dir.toString(), "--hosts", "0" },
				new String[] { "planetlab", dir.toString(), "--hosts", "100001" },
				new String[] { "planetlab", dir.toString(), "--file-order", "x", "--directory-order" })) {
			assertNotNull(PlanetLabQuickStart.parse(args));
			Path argumentFile = dir.resolve("args");
			Files.write(argumentFile, Arrays.asList(args).subList(1, args.length));
			CommandRun quick = vmmig(args);
			CommandRun picocli = vmmig("planetlab", "@" + argumentFile);
			assertEquals(picocli, quick);
			assertEquals(ExitCodes.USAGE_OR_IO, quick.exitCode());
		}
	}

	private static String withoutTimings(String out) {
		return out.replaceAll("traces read in [0-9.]+ s", "").replaceAll(" +[0-9.]+\n", "\n");
	}

	/**
	 * Whether the quick reading accepts the line; where it does, picocli must read it without error and set every
	 * option and parameter field of the command to the same value.
	 */
	private static boolean assertAgrees(String[] line, boolean mustAccept) {
		PlanetLabCommand quick = PlanetLabQuickStart.parse(line);
		if (quick == null) {
			if (mustAccept) {
				fail("left to picocli: " + String.join(" ", line));
			}
			return false;
		}
		PlanetLabCommand parsed = new PlanetLabCommand();
		try {
			new CommandLine(parsed).parseArgs(Arrays.copyOfRange(line, 1, line.length));
		} catch (CommandLine.ParameterException e) {
			fail("read without picocli, refused by picocli (" + e.getMessage() + "): " + String.join(" ", line));
		}
		for (Field field : PlanetLabCommand.class.getDeclaredFields()) {
			if (field.isAnnotationPresent(CommandLine.Option.class) || field.isAnnotationPresent(CommandLine.Parameters.class)) {
				try {
					assertTrue(Objects.deepEquals(field.get(parsed), field.get(quick)),
							field.getName() + " of " + String.join(" ", line) + ": picocli " + show(field.get(parsed))
									+ ", read without it " + show(field.get(quick)));
				} catch (IllegalAccessException e) {
					throw new AssertionError(e);
				}
			}
		}
		return true;
	}

	private static String show(Object value) {
		return value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
	}
}
