package org.vmmig.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** PlanetLab CPU traces as CloudSim distributes them: one percentage per line, every 5 minutes. */
class CpuTraceTest {

	/** The shared data set lies beside the repository (see ../shared/data/README.md). */
	private static final Path DAY = Path.of("..", "..", "shared", "data", "planetlab", "20110303");

	@Test
	void aRealPlanetLabTraceIsOneDayOfUtilisationsBetweenZeroAndOne() throws Exception {
		assertTrue(Files.isDirectory(DAY), "the PlanetLab data set must lie beside the repository, as in CI: "
				+ DAY.toAbsolutePath().normalize());
		Path first;
		try (Stream<Path> files = Files.list(DAY)) {
			first = files.sorted().findFirst().orElseThrow();
		}
		CpuTrace trace;
		try (InputStream input = Files.newInputStream(first)) {
			trace = CpuTrace.read(first.getFileName().toString(), input);
		}
		assertEquals(288, trace.utilisation().length, "288 samples of 5 minutes");
		assertEquals(24 * 3600, trace.durationSeconds());
		for (double u : trace.utilisation()) {
			assertTrue(u >= 0 && u <= 1, "utilisation " + u);
		}
		// an independent reading of the same file: the integer on line 1 as a fraction
		assertEquals(Integer.parseInt(Files.readAllLines(first).get(0).strip()) / 100.0, trace.utilisation()[0]);
	}

	@Test
	void aValueOutsideZeroToHundredIsRejectedWithItsLine() {
		var error = assertThrows(CpuTrace.FormatException.class,
				() -> CpuTrace.read("t.txt", new ByteArrayInputStream("5\n7\n101\n".getBytes(StandardCharsets.UTF_8))));
		assertEquals("t.txt:3: 101 is outside 0..100 %", error.getMessage());
	}

	/**
	 * Plain traces are parsed from their bytes, anything else by the line reader (docs/performance.md): both give the
	 * same samples — line endings, blanks, spaces and leading zeros — and the line reader's messages.
	 */
	@Test
	void plainAndUnusualLayoutsReadAlike() throws Exception {
		double[] expected = { 0.05, 0.07, 1.0, 0.0 };
		for (String text : new String[] { "5\n7\n100\n0\n", "5\r\n7\r\n100\r\n0", " 5\t\n\n07 \n100\n\n0\n\n",
				"5\r7\r100\r0\r", "+5\n7\n100\n0\n", "\u20035\n7\n0100\n0\n" }) {
			CpuTrace trace = CpuTrace.read("t.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
			assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(trace.utilisation()), text);
		}
		var twoNumbers = assertThrows(CpuTrace.FormatException.class,
				() -> CpuTrace.read("t.txt", new ByteArrayInputStream("5\n\n7 8\n".getBytes(StandardCharsets.UTF_8))));
		assertEquals("t.txt:3: not a whole percentage (one integer 0..100 a line)", twoNumbers.getMessage());
		var empty = assertThrows(CpuTrace.FormatException.class,
				() -> CpuTrace.read("t.txt", new ByteArrayInputStream(" \n\n".getBytes(StandardCharsets.UTF_8))));
		assertEquals("t.txt: the trace has no samples", empty.getMessage());
	}

	/**
	 * The fast reader of the usual layout against the general one on random texts of digits, blanks, line ends and
	 * a few other characters: the same samples, or the same refusal with the same line. An em space in front sends a
	 * text to the general reader (it is not ASCII) and changes nothing else (it is stripped with the first line).
	 */
	@Test
	void theFastReaderReadsWhatTheGeneralOneReads() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(5);
		String alphabet = "0123456789000111  \t\n\n\n\r+x";
		for (int round = 0; round < 20_000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int c = 0; c < length; c++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertEquals(outcome("\u2003" + text), outcome(text.toString()), () -> "text: " + text.toString()
					.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"));
		}
	}

	private static String outcome(String text) {
		try {
			return java.util.Arrays.toString(
					CpuTrace.read("t", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).utilisation());
		} catch (CpuTrace.FormatException | java.io.IOException e) {
			return e.getMessage();
		}
	}
}
