package org.vmmig.engine.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.engine.model.MigrationPolicy;

/**
 * Workload facts and calibration cases from hypervisor output: units (QEMU's and libvirt's dirty rates in MiB/s,
 * zero pages as a share of memory), a trace's dirty rate, and what is refused with the file and place.
 */
class WorkloadAndCasesTest {

	private static final double MIB = 1024 * 1024;

	@TempDir
	Path dir;

	private Path file(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private String refusal(Path file) {
		return assertThrows(CalibrationInputException.class, () -> new WorkloadReader().read(file)).getMessage();
	}

	@Test
	void dirtyRatesAreMiBPerSecondAndZeroPagesAShareOfMemory() throws Exception {
		List<WorkloadFact> qemu = new WorkloadReader().read(file("rate.json",
				"{\"return\": {\"status\": \"measured\", \"dirty-rate\": 40, \"calc-time\": 1}}\n"));
		assertEquals(40 * MIB, qemu.get(0).value());
		assertEquals(WorkloadFact.Kind.DIRTY_RATE, qemu.get(0).kind());
		// 65536 zero pages of 4 KiB of 1 GiB: a quarter
		List<WorkloadFact> zero = new WorkloadReader().read(file("final.json", """
				{"return": {"status": "completed", "total-time": 900, "downtime": 20,
				 "ram": {"total": 1073741824, "transferred": 900000000, "duplicate": 65536, "page-size": 4096}}}
				"""));
		assertEquals(0.25, zero.get(0).value());
		assertEquals(WorkloadFact.Kind.ZERO_PAGES, zero.get(0).kind());
	}

	@Test
	void domstatsIsReadPerDomainAndRefusedWhereItIsWrong() throws Exception {
		List<WorkloadFact> facts = new WorkloadReader().read(file("stats.txt", """
				Domain: 'a'
				  dirtyrate.calc_status=2
				  dirtyrate.megabytes_per_second=7
				Domain: 'b'
				  dirtyrate.calc_status=2
				  dirtyrate.megabytes_per_second=0
				"""));
		assertEquals(List.of("a", "b"), facts.stream().map(WorkloadFact::domain).toList());
		assertEquals(7 * MIB, facts.get(0).value());
		Path noRate = file("norate.txt", "Domain: 'a'\n  dirtyrate.calc_status=2\n");
		assertEquals(noRate + ":1: domain 'a' has no 'dirtyrate.megabytes_per_second'", refusal(noRate));
		Path decimal = file("decimal.txt", "Domain: 'a'\n  dirtyrate.calc_status=2\n  dirtyrate.megabytes_per_second=2.5\n");
		assertEquals(decimal + ":3: 'dirtyrate.megabytes_per_second' must be a whole number of MiB/s, not '2.5'",
				refusal(decimal));
		Path garbage = file("garbage.txt", "Domain: 'a'\n  no equals sign here\n");
		assertEquals(garbage + ":2: expected 'key=value' under a 'Domain:' line, found 'no equals sign here'",
				refusal(garbage));
	}

	@Test
	void zeroPagesNeedACompletedMigration() throws Exception {
		Path active = file("active.json", "{\"return\": {\"status\": \"active\", \"ram\": {\"total\": 1024, \"transferred\": 1}}}\n");
		assertEquals(active + ": no completed migration: zero pages are counted only once a migration completed",
				refusal(active));
	}

	/** Two runs in one file: each completed reply gets the rate of the active replies of its own run. */
	@Test
	void eachCompletedMigrationGetsTheDirtyRateOfItsOwnTrace() throws Exception {
		String active = "{\"return\": {\"status\": \"active\", \"ram\": {\"total\": 1073741824, \"transferred\": 1,"
				+ " \"dirty-pages-rate\": %d, \"page-size\": 4096}}}\n";
		String done = "{\"return\": {\"status\": \"completed\", \"total-time\": 3000, \"downtime\": 20, \"ram\": {\"total\":"
				+ " 1073741824, \"transferred\": 1200000000, \"dirty-pages-rate\": 0, \"page-size\": 4096}}}\n";
		Path trace = file("trace.jsonl", active.formatted(0) + active.formatted(2560) + active.formatted(2560)
				+ active.formatted(7680) + done + active.formatted(0) + active.formatted(0) + done);
		CalibrationCases cases = new CalibrationCases();
		cases.add(new MeasurementReader().read(trace), GuestDescription.NONE, MigrationPolicy.defaults());
		List<CalibrationCase> found = cases.cases();
		assertEquals(2, found.size());
		assertEquals((2560 + 7680) / 2.0 * 4096, found.get(0).guest().dirtyBytesPerSecond(), "mean of distinct readings");
		assertEquals(0, found.get(1).guest().dirtyBytesPerSecond(), "3 s without a reading above 0: idle");
		assertEquals(6, cases.traceReplies());
	}

	@Test
	void aDescribedRateWinsOverTheTraceAndAWorkingSetIsKept() throws Exception {
		Path reply = file("one.json", "{\"return\": {\"status\": \"completed\", \"total-time\": 3000, \"downtime\": 20,"
				+ " \"ram\": {\"total\": 1073741824, \"transferred\": 1200000000}}}\n");
		CalibrationCases cases = new CalibrationCases();
		cases.add(new MeasurementReader().read(reply), new GuestDescription(OptionalDouble.empty(),
				OptionalDouble.of(64 * MIB), OptionalDouble.of(10 * MIB)), MigrationPolicy.defaults());
		assertEquals(10 * MIB, cases.cases().get(0).guest().dirtyBytesPerSecond());
		assertEquals(64 * MIB, cases.cases().get(0).guest().writableWorkingSetBytes());
	}
}
