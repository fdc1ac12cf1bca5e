package org.vmmig.engine.tests.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.engine.calibration.CalibrationInputException;
import org.vmmig.engine.calibration.MeasuredMigration;
import org.vmmig.engine.calibration.MeasurementReader;

/** Measured migrations from QEMU and libvirt, converted to seconds, bytes and bytes per second. */
class MeasurementReaderTest {

	private static final Path SAMPLES = Path.of("resources", "calibration");
	private static final double GIB = 1024.0 * 1024 * 1024;

	private final MeasurementReader reader = new MeasurementReader();

	@Test
	void aQemuQueryMigrateReplyIsConvertedToBaseUnits() throws Exception {
		MeasuredMigration m = reader.read(SAMPLES.resolve("qemu-query-migrate.json")).get(0);
		assertTrue(m.completed());
		assertEquals(23.105, m.totalSeconds(), 1e-12, "total-time is in ms");
		assertEquals(0.097, m.downtimeSeconds(), 1e-12);
		assertEquals(2752463157.0, m.bytesTransferred());
		assertEquals(8607571968.0, m.memoryBytes());
		assertEquals(1545643.0 * 4096, m.zeroBytes(), "duplicate pages are zero pages");
		assertEquals(120.0 * 4096, m.dirtyBytesPerSecond(), "dirty-pages-rate × page-size");
		assertEquals(954.6e6 / 8, m.throughputBytesPerSecond(), 1e-6, "mbps is Mbit/s");
		assertEquals(3, m.iterations());
	}

	@Test
	void jsonLinesHoldSeveralMigrationsAndFailedOnesKeepTheirStatus() throws Exception {
		List<MeasuredMigration> runs = reader.read(SAMPLES.resolve("qemu-runs.jsonl"));
		assertEquals(2, runs.size());
		assertTrue(runs.get(0).completed());
		assertFalse(runs.get(1).completed());
		assertFalse(runs.get(1).hasDirtyRate());
	}

	@Test
	void virshDomjobinfoTextIsReadJobByJob() throws Exception {
		List<MeasuredMigration> jobs = reader.read(SAMPLES.resolve("virsh-domjobinfo.txt"));
		assertEquals(2, jobs.size());
		MeasuredMigration m = jobs.get(0);
		assertTrue(m.completed());
		assertEquals(23.105, m.totalSeconds(), 1e-12);
		assertEquals(2.563 * GIB, m.bytesTransferred(), 1, "libvirt sizes are binary (GiB)");
		assertEquals(8.016 * GIB, m.memoryBytes(), 1);
		assertEquals(113.791 * 1024 * 1024, m.throughputBytesPerSecond(), 1e-3);
		assertEquals(0.097, m.downtimeSeconds(), 1e-12);
		assertFalse(jobs.get(1).completed(), "a failed job is kept, marked as not completed");
		assertEquals("resources/calibration/virsh-domjobinfo.txt:23", jobs.get(1).source());
	}

	@Test
	void aJsonSyntaxErrorNamesLineAndColumn(@TempDir Path dir) throws Exception {
		Path file = write(dir, "bad.json", "{\"status\": \"completed\",\n \"total-time\": 10 \"downtime\": 2}");
		var error = assertThrows(CalibrationInputException.class, () -> reader.read(file));
		assertEquals(file + ":2:19: expected ',' or '}' after a value", error.getMessage());
	}

	@Test
	void aMissingFieldIsNamed(@TempDir Path dir) throws Exception {
		Path file = write(dir, "partial.json", "{\"status\": \"completed\", \"downtime\": 5, \"ram\": {\"total\": 1, \"transferred\": 1}}");
		var error = assertThrows(CalibrationInputException.class, () -> reader.read(file));
		assertEquals(file + "#1: missing 'total-time'", error.getMessage());
	}

	@Test
	void aLibvirtValueWithoutANumberIsReportedOnItsLine(@TempDir Path dir) throws Exception {
		Path file = write(dir, "job.txt", "Job type: Completed\nTime elapsed: abc ms\nTotal downtime: 5 ms\n"
				+ "Data processed: 1 GiB\nMemory total: 2 GiB\n");
		var error = assertThrows(CalibrationInputException.class, () -> reader.read(file));
		assertEquals(file + ":2: 'Time elapsed' has no number: 'abc ms'", error.getMessage());
	}

	@Test
	void hostileInputGetsAClearErrorNotACrash(@TempDir Path dir) throws Exception {
		Path deep = write(dir, "deep.json", "[".repeat(100_000));
		assertTrue(assertThrows(CalibrationInputException.class, () -> reader.read(deep)).getMessage()
				.endsWith("nested more than 64 levels deep"));
		Path empty = write(dir, "empty.json", "  \n");
		assertEquals(empty + ": the file is empty",
				assertThrows(CalibrationInputException.class, () -> reader.read(empty)).getMessage());
		Path binary = dir.resolve("binary.bin");
		Files.write(binary, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2 });
		assertEquals(binary + ": not a text file (invalid UTF-8)",
				assertThrows(CalibrationInputException.class, () -> reader.read(binary)).getMessage());
	}

	private static Path write(Path dir, String name, String content) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		return file;
	}
}
