package org.vmmig.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies of QMP {@code query-migrate} as QEMU writes them (through {@code virsh qemu-monitor-command},
 * pretty or compact) become migrations in seconds, bytes and bytes per second.
 */
class QemuQueryMigrateTest {

	private static final Path SAMPLES = Path.of("resources", "calibration");

	private final MeasurementReader reader = new MeasurementReader();

	@Test
	void aCompletedReplyIsConvertedToSecondsBytesAndBytesPerSecond() throws Exception {
		List<MeasuredMigration> read = reader.read(SAMPLES.resolve("qemu-query-migrate.json"));
		assertEquals(1, read.size());
		MeasuredMigration m = read.get(0);
		assertEquals("resources/calibration/qemu-query-migrate.json#1", m.source());
		assertEquals("completed", m.status());
		assertTrue(m.completed());
		assertEquals(23.105, m.totalSeconds(), 1e-12, "total-time is in ms");
		assertEquals(0.097, m.downtimeSeconds(), 1e-12, "downtime is in ms");
		assertEquals(2_752_463_157.0, m.bytesTransferred(), "ram.transferred is in bytes");
		assertEquals(8_607_571_968.0, m.memoryBytes(), "ram.total is in bytes");
		// mbps is megabits: 953.52 Mbit/s = 953.52e6 / 8 bytes/s, about 113.67 MiB/s
		assertEquals(953.52294011172216e6 / 8, m.throughputBytesPerSecond().getAsDouble(), 1e-6);
		assertEquals(113.67, m.throughputBytesPerSecond().getAsDouble() / (1024 * 1024), 0.005);
		assertEquals(OptionalInt.of(3), m.iterations(), "dirty-sync-count");
		assertEquals(OptionalDouble.of(1_545_643.0 * 4096), m.zeroPageBytes(), "duplicate pages × page size");
		assertTrue(m.dirtyBytesPerSecond().isEmpty(),
				"a completed reply's dirty-pages-rate is always 0 (QEMU stops reporting it): not a measurement");
	}

	@Test
	void theEnvelopeIsOptional(@TempDir Path dir) throws Exception {
		String reply = Files.readString(SAMPLES.resolve("qemu-query-migrate.json"));
		String inner = reply.substring(reply.indexOf('{', 1), reply.lastIndexOf("},") + 1);
		Path bare = Files.writeString(dir.resolve("bare.json"), inner);
		MeasuredMigration enveloped = reader.read(SAMPLES.resolve("qemu-query-migrate.json")).get(0);
		MeasuredMigration unwrapped = reader.read(bare).get(0);
		assertEquals(bare + "#1", unwrapped.source());
		assertEquals(enveloped.totalSeconds(), unwrapped.totalSeconds());
		assertEquals(enveloped.bytesTransferred(), unwrapped.bytesTransferred());
		assertEquals(enveloped.throughputBytesPerSecond(), unwrapped.throughputBytesPerSecond());
	}

	@Test
	void anArrayHoldsSeveralMigrationsAndIgnoresWhatIsNotRead() throws Exception {
		List<MeasuredMigration> read = reader.read(SAMPLES.resolve("qemu-replies.json"));
		assertEquals(List.of("resources/calibration/qemu-replies.json#1", "resources/calibration/qemu-replies.json#2"),
				read.stream().map(MeasuredMigration::source).toList());
		MeasuredMigration large = read.get(0); // has xbzrle-cache, which is ignored
		assertEquals(48.223, large.totalSeconds(), 1e-12);
		assertEquals(0.212, large.downtimeSeconds(), 1e-12);
		assertEquals(17_188_257_792.0, large.memoryBytes());
		assertEquals(OptionalInt.of(5), large.iterations());
		MeasuredMigration small = read.get(1); // has compression, which is ignored
		assertEquals(738_748_939.0, small.bytesTransferred());
		assertEquals(891.40143469079942e6 / 8, small.throughputBytesPerSecond().getAsDouble(), 1e-6);
	}

	@Test
	void jsonLinesKeepEveryReplyWithItsStatus() throws Exception {
		List<MeasuredMigration> read = reader.read(SAMPLES.resolve("qemu-runs.jsonl"));
		assertEquals(List.of("completed", "failed", "active"), read.stream().map(MeasuredMigration::status).toList());
		assertEquals(List.of(true, false, false), read.stream().map(MeasuredMigration::completed).toList());

		MeasuredMigration completed = read.get(0);
		assertEquals(86.412, completed.totalSeconds(), 1e-12);
		assertEquals(9_872_980_681.0, completed.bytesTransferred());
		assertEquals(OptionalInt.of(9), completed.iterations());

		// QEMU reports only the status (and error-desc) of a failed migration
		MeasuredMigration failed = read.get(1);
		assertEquals("resources/calibration/qemu-runs.jsonl#2", failed.source());
		assertEquals(0, failed.totalSeconds());
		assertEquals(0, failed.bytesTransferred());
		assertTrue(failed.throughputBytesPerSecond().isEmpty());
	}

	@Test
	void aReplyTakenWhileTheMigrationRanHasTheDirtyRateAndCountsTheDisk() throws Exception {
		MeasuredMigration active = reader.read(SAMPLES.resolve("qemu-runs.jsonl")).get(2);
		assertFalse(active.completed());
		assertEquals(OptionalDouble.of(21_840.0 * 4096), active.dirtyBytesPerSecond(), "pages/s × page-size");
		assertEquals(1_796_418_731.0 + 1_073_741_824.0, active.bytesTransferred(), "ram.transferred + disk.transferred");
		assertEquals(15.321, active.totalSeconds(), 1e-12);
		assertEquals(0, active.downtimeSeconds(), "a running migration has had no downtime yet");
	}

	@Test
	void withoutPageSizeTheDirtyRateCountsFourKiBPages(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("old-qemu.json"), """
				{"return": {"status": "active", "total-time": 5000, "expected-downtime": 300,
				  "ram": {"transferred": 1000000, "remaining": 3000000, "total": 4000000, "dirty-pages-rate": 250}}}
				""");
		assertEquals(OptionalDouble.of(250.0 * 4096), reader.read(file).get(0).dirtyBytesPerSecond());
	}
}
