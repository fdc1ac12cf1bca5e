package org.vmmig.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file that cannot be used gets one message that says where and what, never a stack trace: JSON syntax
 * at line and column, a missing measurement by name and record, hostile input (empty, binary, deeply
 * nested, huge numbers, cut short) refused in a sentence.
 */
class MeasurementErrorsTest {

	private static final Path SAMPLES = Path.of("resources", "calibration");
	/** A completed reply with every required member, on one line. */
	private static final String REPLY = """
			{"status": "completed", "total-time": 23105, "downtime": 97, \
			"ram": {"transferred": 2752463157, "total": 8607571968}}""";

	@TempDir
	Path dir;

	private final MeasurementReader reader = new MeasurementReader();

	private String errorOf(String name, String content) throws IOException {
		Path file = Files.writeString(dir.resolve(name), content);
		return assertThrows(CalibrationInputException.class, () -> reader.read(file)).getMessage()
				.replace(file.toString(), name);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"`{\"return\": {\"status\": \"completed\",\n  \"total-time\": 23105, \"downtime\": 97,\n  \"setup-time\": 12 \"ram\": {}}}`"
					+ "| measured.json:3:20: expected ',' or '}' after a value",
			"`{\"status\": \"completed\",}` | measured.json:1:24: expected a quoted key",
			"`{'status': 'completed'}` | measured.json:1:2: expected a quoted key",
			"`[{\"downtime\": 97}\n {\"downtime\": 98}]` | measured.json:2:2: expected ',' or ']' after a value",
			"`{\"downtime\": 097}` | measured.json:1:14: a number may not have a leading zero",
			"`{\"downtime\": NaN}` | measured.json:1:14: unexpected 'N', expected a value",
			"`{\"downtime\": 1.}` | measured.json:1:16: expected a digit after '.'",
			"`{\"status\": \"compl` | measured.json:1:18: unexpected end of file, expected the closing '\"' of the string",
			"`{\"status\": \"a\tb\"}` | measured.json:1:14: control character '\\u0009' inside a string (write it as an escape)",
			"`{\"status\": \"completed\", \"status\": \"failed\"}` | measured.json:1:25: duplicate key 'status'",
			"`{\"status\": \"completed\"} {\"status\": \"failed\"}` | measured.json:1:25: expected a line break after a value "
					+ "(several values go one per line, or in an array)" })
	void aJsonSyntaxErrorNamesLineAndColumn(String content, String message) throws Exception {
		assertEquals(message, errorOf("measured.json", content));
	}

	@Test
	void aMissingRequiredFieldNamesTheFieldAndTheRecord() throws Exception {
		assertEquals("runs.jsonl:2:1: migration #2: missing 'total-time'",
				errorOf("runs.jsonl", REPLY + "\n" + REPLY.replace("\"total-time\": 23105, ", "") + "\n"));
		assertEquals("runs.jsonl:1:69: migration #1: missing 'ram.transferred'",
				errorOf("runs.jsonl", REPLY.replace("\"transferred\": 2752463157, ", "")));
		assertEquals("empty.json:1:12: migration #1: missing 'status'", errorOf("empty.json", "{\"return\": {}}"));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', value = {
			"\"downtime\": 97 | \"downtime\": \"97 ms\" | 1:58: migration #1: 'downtime' must be a number, not a string",
			"\"downtime\": 97 | \"downtime\": -97 | 1:58: migration #1: 'downtime' must be >= 0, not -97",
			"\"total\": 8607571968 | \"total\": 1e30 | 1:106: migration #1: 'ram.total' is out of range: 1.0E30",
			"\"total\": 8607571968 | \"total\": 0 | 1:106: migration #1: 'ram.total' is 0, but a completed migration moved memory",
			"\"downtime\": 97 | \"downtime\": 1e400 | 1:58: number out of range: 1e400" })
	void aWrongValueIsReportedWhereItStands(String original, String replacement, String message) throws Exception {
		assertEquals("reply.json:" + message, errorOf("reply.json", REPLY.replace(original, replacement)));
	}

	@Test
	void aQmpErrorReplyIsShownAsQemuWroteIt() throws Exception {
		assertEquals("reply.json:1:11: migration #1: QEMU replied with an error: The command query-migrate has not been found",
				errorOf("reply.json", """
						{"error": {"class": "CommandNotFound", "desc": "The command query-migrate has not been found"}}"""));
	}

	@Test
	void nestingIsLimitedTo64Levels() throws Exception {
		assertEquals("deep.json:1:65: nested more than 64 levels deep", errorOf("deep.json", "[".repeat(100_000)));
		String ignored63Deep = "[".repeat(63) + "]".repeat(63); // with the reply around it: 64 levels
		Path file = Files.writeString(dir.resolve("deep-ok.json"), REPLY.replace("{\"status\"", "{\"x\": " + ignored63Deep + ", \"status\""));
		assertEquals(1, reader.read(file).size());
		assertEquals("deeper.json:1:70: nested more than 64 levels deep",
				errorOf("deeper.json", REPLY.replace("{\"status\"", "{\"x\": [" + ignored63Deep + "], \"status\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   \n\t\n" })
	void anEmptyFileIsRefused(String content) throws Exception {
		assertEquals("measured.json: the file is empty", errorOf("measured.json", content));
	}

	@Test
	void anEmptyArrayIsRefused() throws Exception {
		assertEquals("measured.json:1:1: an empty array holds no query-migrate reply", errorOf("measured.json", "[]\n"));
	}

	@Test
	void binaryGarbageIsRefusedAsNotText() throws Exception {
		Path png = dir.resolve("graph.png");
		Files.write(png, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
		assertEquals(png + ": not a text file (invalid UTF-8)",
				assertThrows(CalibrationInputException.class, () -> reader.read(png)).getMessage());
		assertEquals("dump.bin:2: not a text file (NUL character)", errorOf("dump.bin", "Job type: Completed\n\0\0\0"));
	}

	@Test
	void aNumberTooLongToBeAMeasurementIsRefusedQuickly() throws Exception {
		assertEquals("reply.json:1:58: number longer than 100 characters",
				errorOf("reply.json", REPLY.replace("\"downtime\": 97", "\"downtime\": 9" + "7".repeat(1_000_000))));
	}

	/**
	 * Positions are counted only for a message: a reply of one very long line (500,000 values in an ignored
	 * member) is read in linear time, where counting each value's column from the line's start would take minutes.
	 */
	@Test
	void aLongSingleLineIsReadWithoutCountingEveryColumn() throws Exception {
		String longLine = REPLY.replace("{\"status\"", "{\"x\": [" + "1,".repeat(500_000) + "1], \"status\"");
		Path file = Files.writeString(dir.resolve("one-line.json"), longLine);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertEquals(1, reader.read(file).size()));
	}

	/**
	 * A file cut short or with a byte changed, as a broken copy leaves it, is read or refused with a message:
	 * every prefix of every sample and a thousand random one-byte changes of each, in bounded time.
	 */
	@Test
	void damagedSamplesNeverCrashTheReader() throws Exception {
		Random random = new Random(20_241_125);
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			try (var samples = Files.list(SAMPLES)) {
				for (Path sample : samples.sorted().toList()) {
					byte[] bytes = Files.readAllBytes(sample);
					String name = sample.getFileName().toString();
					for (int length = 0; length <= bytes.length; length++) {
						readOrRefuse(name, Arrays.copyOf(bytes, length));
					}
					for (int i = 0; i < 1000; i++) {
						byte[] changed = bytes.clone();
						changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
						readOrRefuse(name, changed);
					}
				}
			}
		}, "the reader hangs on a damaged file");
	}

	private void readOrRefuse(String name, byte[] content) throws IOException {
		Path file = Files.write(dir.resolve(name), content);
		try {
			reader.read(file);
		} catch (CalibrationInputException e) {
			if (!e.getMessage().startsWith(file + ":")) {
				fail("the message does not start with the file: " + e.getMessage());
			}
		} catch (RuntimeException | StackOverflowError e) {
			throw new AssertionError(name + " damaged as '" + new String(content, StandardCharsets.UTF_8)
					+ "' crashed the reader", e);
		}
	}
}
