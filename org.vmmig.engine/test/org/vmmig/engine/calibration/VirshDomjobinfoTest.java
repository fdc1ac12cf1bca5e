package org.vmmig.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text of {@code virsh domjobinfo --completed}, job by job, in seconds, bytes and bytes per second. */
class VirshDomjobinfoTest {

	private static final Path SAMPLES = Path.of("resources", "calibration");
	private static final double KIB = 1024;
	private static final double MIB = 1024 * KIB;
	private static final double GIB = 1024 * MIB;

	private final MeasurementReader reader = new MeasurementReader();

	@Test
	void twoJobsSeparatedByABlankLineAreTwoMigrations() throws Exception {
		List<MeasuredMigration> jobs = reader.read(SAMPLES.resolve("virsh-domjobinfo.txt"));
		assertEquals(List.of("resources/calibration/virsh-domjobinfo.txt:1", "resources/calibration/virsh-domjobinfo.txt:23"),
				jobs.stream().map(MeasuredMigration::source).toList());

		MeasuredMigration m = jobs.get(0);
		assertEquals("Completed", m.status());
		assertTrue(m.completed());
		assertEquals(23.341, m.totalSeconds(), 1e-12, "Time elapsed is in ms");
		assertEquals(0.112, m.downtimeSeconds(), 1e-12, "Total downtime is in ms");
		assertEquals(2.563 * GIB, m.bytesTransferred(), 1e-3, "libvirt's sizes are binary: GiB");
		assertEquals(8.016 * GIB, m.memoryBytes(), 1e-3);
		assertEquals(113.669 * MIB, m.throughputBytesPerSecond().getAsDouble(), 1e-6, "MiB/s");
		assertEquals(OptionalInt.of(3), m.iterations());
		assertEquals(OptionalDouble.of(1_545_643.0 * 4096), m.zeroPageBytes(), "Constant pages × Page size");
		assertTrue(m.dirtyBytesPerSecond().isEmpty(), "0 pages/s in a completed job is QEMU's unreported rate");
	}

	@Test
	void aFailedJobIsKeptWithItsStatusAndWhatLibvirtMeasured() throws Exception {
		MeasuredMigration failed = reader.read(SAMPLES.resolve("virsh-domjobinfo.txt")).get(1);
		assertEquals("Failed", failed.status());
		assertFalse(failed.completed());
		assertEquals(4.102, failed.totalSeconds(), 1e-12);
		assertEquals(0, failed.downtimeSeconds(), "the guest never paused: libvirt prints no downtime");
		assertEquals(478.383 * MIB, failed.bytesTransferred(), 1e-3, "MiB, while the memory is in GiB");
		assertEquals(8.016 * GIB, failed.memoryBytes(), 1e-3);
		assertEquals(OptionalDouble.of(1520.0 * 4096), failed.dirtyBytesPerSecond(), "pages/s × Page size");
	}

	@Test
	void theSameMigrationReadFromQemuAndFromLibvirtAgreesToLibvirtsThreeDecimals() throws Exception {
		MeasuredMigration qemu = reader.read(SAMPLES.resolve("qemu-query-migrate.json")).get(0);
		MeasuredMigration libvirt = reader.read(SAMPLES.resolve("virsh-domjobinfo.txt")).get(0);
		assertEquals(qemu.bytesTransferred(), libvirt.bytesTransferred(), 0.0005 * GIB);
		assertEquals(qemu.memoryBytes(), libvirt.memoryBytes(), 0.0005 * GIB);
		assertEquals(qemu.throughputBytesPerSecond().getAsDouble(), libvirt.throughputBytesPerSecond().getAsDouble(),
				0.0005 * MIB);
		assertEquals(qemu.zeroPageBytes(), libvirt.zeroPageBytes());
		assertEquals(qemu.iterations(), libvirt.iterations());
	}

	@ParameterizedTest(name = "Data processed: {0}")
	@CsvSource(delimiter = '|', value = { "512 B | 512", "1.500 KiB | 1536", "702.125 MiB | 736231424",
			"2.563 GiB | 2752000294.912", "1.250 TiB | 1374389534720" })
	void sizesUseLibvirtsBinaryUnits(String printed, double bytes, @TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("job.txt"), job("Data processed:   " + printed));
		assertEquals(bytes, reader.read(file).get(0).bytesTransferred(), 1e-3);
	}

	@ParameterizedTest(name = "Memory bandwidth: {0}")
	@CsvSource(delimiter = '|', value = { "980.000 B/s | 980", "117.008 MiB/s | 122691780.608",
			"1.164 GiB/s | 1249835483.136" })
	void ratesUseLibvirtsBinaryUnitsPerSecond(String printed, double bytesPerSecond, @TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("job.txt"), job("Memory bandwidth: " + printed));
		assertEquals(bytesPerSecond, reader.read(file).get(0).throughputBytesPerSecond().getAsDouble(), 1e-3);
	}

	@Test
	void memoryTotalIsPreferredToDataTotalWhichCountsTheDiskToo(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("job.txt"), """
				Job type:         Completed
				Time elapsed:     60512        ms
				Data processed:   22.310 GiB
				Data total:       28.016 GiB
				Memory processed: 2.310 GiB
				Memory total:     8.016 GiB
				Total downtime:   130          ms
				""");
		MeasuredMigration m = reader.read(file).get(0);
		assertEquals(8.016 * GIB, m.memoryBytes(), 1e-3);
		assertEquals(22.310 * GIB, m.bytesTransferred(), 1e-3, "everything sent, the disk included");
	}

	@Test
	void aValueWithoutANumberIsReportedOnItsLine(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("jobinfo.txt"), """
				Job type:         Completed
				Operation:        Outgoing migration
				Data processed:   1.000 GiB
				Time elapsed:     abc ms
				""");
		assertEquals(file + ":4: 'Time elapsed' has no number: 'abc ms'",
				assertThrows(CalibrationInputException.class, () -> reader.read(file)).getMessage());
	}

	@Test
	void aMissingMeasurementNamesItAndTheJob(@TempDir Path dir) throws Exception {
		String second = job("Setup time:       9            ms").replace("Total downtime:   97           ms\n", "");
		Path file = Files.writeString(dir.resolve("jobinfo.txt"), job("Setup time:       9            ms") + "\n" + second);
		assertEquals(file + ":8: the job starting here has no 'Total downtime'",
				assertThrows(CalibrationInputException.class, () -> reader.read(file)).getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"Data processed:   2.563 GB | 'Data processed' has the unit 'GB', expected a size unit (B, KiB, MiB, GiB, TiB, PiB, EiB)",
			"Data processed:   2,563 GiB | 'Data processed' has no number: '2,563 GiB' (decimals need a '.': run virsh with LC_ALL=C)",
			"Time elapsed:     23 s | 'Time elapsed' appears twice in the job starting on line 1 (separate jobs with a blank line)",
			"Iteration:        3.5 | 'Iteration' must be a whole number up to 2147483647",
			"Data processed:   99999999999999999999 EiB | 'Data processed' is out of range: '99999999999999999999 EiB'",
			"error: failed to get domain 'vm1' | virsh reported an error: failed to get domain 'vm1'",
			"garbage without a colon | expected 'Key: value', found 'garbage without a colon'" })
	void aWrongLineIsNamed(String line, String message, @TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("jobinfo.txt"), job(line));
		assertEquals(file + ":6: " + message,
				assertThrows(CalibrationInputException.class, () -> reader.read(file)).getMessage());
	}

	/**
	 * A completed job of a 1 GiB guest, and one more line, line 6. Memory processed stands for the bytes sent
	 * unless that line is the Data processed that libvirt prints before it.
	 */
	private static String job(String line6) {
		return """
				Job type:         Completed
				Time elapsed:     9000         ms
				Memory total:     1.000 GiB
				Total downtime:   97           ms
				Memory processed: 1.100 GiB
				%s
				""".formatted(line6);
	}
}
