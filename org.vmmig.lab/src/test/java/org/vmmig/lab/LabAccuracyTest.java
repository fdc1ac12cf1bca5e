package org.vmmig.lab;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.cost.Calibration;
import org.vmmig.engine.cost.MigrationModel;

/**
 * Real QEMU live migrations against vmmig's predictions (issue 14): runs the accuracy set, repeats some
 * configurations to measure this host's noise, writes the table to target/accuracy.md (docs/accuracy.md
 * holds a copy of a real run: scripts/lab-accuracy refreshes it) and asserts bounds on the errors that lie
 * above that noise. Needs QEMU, busybox-static, gcc and cpio: ./run-tests installs them as root
 * (scripts/install-lab-deps.sh); without them the test fails and says what to install.
 */
class LabAccuracyTest {

	/**
	 * Mean absolute error bounds on total time and data, over the runs without auto-converge. With QEMU's
	 * mid-pass syncs in the model (docs/accuracy.md) two runs of the set gave 6.9 and 7.9 % on time, 4.1 and
	 * 3.0 % on data; the host's noise (median spread of the repeated configurations) was 3.8–21.9 % on time
	 * and 2.7–8.0 % on data in those runs (the larger figures with four other builds on the 2 cores, load
	 * 10–11), and single runs take a third longer than their repeats. The data error is well below its bound
	 * now, but the bound must stay above the host's data noise, which reached 8 %.
	 */
	static final double TIME_BOUND = 0.15;
	static final double DATA_BOUND = 0.10;
	/**
	 * Auto-converge is vmmig's largest known gap (docs/accuracy.md). The model now decides on the throttle as
	 * QEMU does, at a dirty-bitmap sync once a period of at least a second has passed (migration_bitmap_sync
	 * in migration/ram.c): its worst run was −23 %, +27 % and −53 % in three runs of the set (it was −54 % and
	 * +90 % when it decided after every pass, hence the old bound of 150 %). The −53 % run's guest achieved
	 * 45 MiB/s before the migration, 68–71 MiB/s in the other runs, on a host at load 12–15: the model's input
	 * was off, and a CPU-paced TCG guest under throttling does not dirty at a steady rate either. The bound
	 * keeps room above that.
	 */
	static final double AUTO_CONVERGE_BOUND = 1.0;
	/**
	 * The pause: share of runs within issue 14's target (30 % or 20 ms, whichever is larger) and the median
	 * relative error. With the final copy as most of QEMU's threshold, 22 and 17 of 24 runs met the target in
	 * two runs of the set, median error 61 and 62 % (priced at the cap, as at first: 5 of 24, median 973 %);
	 * the misses are the host's: the same configuration, with the same 8.2 MiB final copy, paused 6 to 73 ms,
	 * and a hybrid run that sends only device state paused 74 ms on a loaded host. The median bound was 150 %
	 * before the fix.
	 */
	static final double PAUSE_WITHIN_TARGET_SHARE = 0.60;
	static final double PAUSE_MEDIAN_BOUND = 1.0;

	/**
	 * The switchover's fixed cost on this kind of machine (QEMU 7.2, TCG): the pause of a post-copy or
	 * hybrid run, which sends only the device state, was 1–2 ms in every run of the set; a pre-copy with
	 * 0.3 MiB left paused 2 ms. The model takes it as a calibration (docs/models.md).
	 */
	static final Calibration LAB = new Calibration(1, 0, 0.002);

	@Test
	void predictionsAreWithinBoundsOfRealMigrations() throws Exception {
		requireTools();
		long start = System.nanoTime();
		PrintWriter progress = new PrintWriter(System.out, true);
		Path target = Path.of("target");
		GuestImage image = GuestImage.build(GuestImage.defaultCache());
		LabRun lab = new LabRun(image, target.resolve("lab-runs"), null, Duration.ofSeconds(180), progress);

		// the link: the faster of two probes (a slow one was disturbed; TCG's speed varies from run to run)
		double linkBytesPerSecond = 0;
		for (int i = 1; i <= 2; i++) {
			LabResult probe = run(lab, AccuracySet.LINK_PROBE, AccuracySet.LINK_PROBE.name() + "-" + i);
			linkBytesPerSecond = Math.max(linkBytesPerSecond,
					probe.finalReply().path("ram").path("downtime-bytes").asDouble()
							/ probe.measured().downtimeSeconds());
		}

		List<String> names = new ArrayList<>();
		List<LabConfiguration> runs = new ArrayList<>();
		for (LabConfiguration configuration : AccuracySet.CONFIGURATIONS) {
			names.add(configuration.name());
			runs.add(configuration);
		}
		// the repeats come after the whole set, not back to back, so that they see the host as it varies
		for (int repeat = 2; repeat <= AccuracySet.REPEATS + 1; repeat++) {
			for (LabConfiguration configuration : AccuracySet.CONFIGURATIONS) {
				if (AccuracySet.REPEATED.contains(configuration.name())) {
					names.add(configuration.name() + "-r" + repeat);
					runs.add(configuration);
				}
			}
		}
		List<LabComparison> rows = new ArrayList<>();
		List<String> rerun = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			LabResult result = run(lab, runs.get(i), names.get(i));
			if (!result.destinationRunning()) {
				// QEMU 7.2 under TCG now and then delivers a guest that crashes at the destination (about 1 run in
				// 130 here): QEMU's fault, not the model's, and the lab saw it. Once more; twice fails the test.
				progress.println("lab: " + names.get(i) + ": the guest did not run at the destination; running it again");
				rerun.add(names.get(i));
				result = run(lab, runs.get(i), names.get(i) + "-again");
			}
			rows.add(LabComparison.of(result, LabPrediction.predict(result, MigrationModel.live(LAB), linkBytesPerSecond)));
		}
		AccuracyReport report = new AccuracyReport(rows, linkBytesPerSecond, rerun);
		String wall = String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9);
		Files.writeString(target.resolve("accuracy.md"), report.markdown("The current model: QEMU's mid-pass syncs, post-copy after the first pass", wall),
				StandardCharsets.UTF_8);
		progress.println("lab: the table is in " + target.resolve("accuracy.md").toAbsolutePath());

		double[] noise = report.medianNoise();
		assertAll(
				() -> assertTrue(report.meanAbsoluteTimeErrorWithoutAutoConverge() <= TIME_BOUND, "mean total-time error "
						+ AccuracyReport.magnitude(report.meanAbsoluteTimeErrorWithoutAutoConverge()) + " exceeds "
						+ TIME_BOUND * 100 + " %"),
				() -> assertTrue(report.meanAbsoluteDataErrorWithoutAutoConverge() <= DATA_BOUND, "mean data error "
						+ AccuracyReport.magnitude(report.meanAbsoluteDataErrorWithoutAutoConverge()) + " exceeds "
						+ DATA_BOUND * 100 + " %"),
				() -> assertTrue(report.worstAutoConvergeError() <= AUTO_CONVERGE_BOUND, "an auto-converge run is off by "
						+ AccuracyReport.magnitude(report.worstAutoConvergeError())),
				() -> assertTrue(report.medianAbsolutePauseError() <= PAUSE_MEDIAN_BOUND, "median pause error "
						+ AccuracyReport.magnitude(report.medianAbsolutePauseError()) + " exceeds " + PAUSE_MEDIAN_BOUND * 100 + " %"),
				() -> assertTrue(report.pausesWithinTarget() >= PAUSE_WITHIN_TARGET_SHARE * report.comparablePauses().size(),
						"only " + report.pausesWithinTarget() + " of " + report.comparablePauses().size()
								+ " pauses within 30 % or 20 ms"),
				() -> assertTrue(report.verdictsRight() == rows.size(),
						"the convergence verdict is wrong on " + (rows.size() - report.verdictsRight()) + " run(s)"),
				// the bounds must lie above what the host itself varies, or they would test the host
				() -> assertTrue(noise[0] < TIME_BOUND && noise[1] < DATA_BOUND, "the host is noisier than the bounds:"
						+ " median time spread " + AccuracyReport.magnitude(noise[0]) + ", median data spread "
						+ AccuracyReport.magnitude(noise[1])),
				() -> assertTrue(rows.stream().allMatch(r -> r.run().destinationRunning()),
						"a guest did not run at the destination after its migration, twice in a row"));
	}

	private static LabResult run(LabRun lab, LabConfiguration configuration, String name) throws LabException {
		return lab.run(name, configuration.guest(), configuration.policy());
	}

	/** Fails, with what to do, when a tool the lab needs is missing: an accuracy test that cannot run must not pass. */
	private static void requireTools() throws IOException, InterruptedException {
		List<String> missing = new ArrayList<>();
		for (String tool : List.of(System.getenv().getOrDefault("VMMIG_QEMU", "qemu-system-x86_64"), "gcc", "cpio")) {
			if (new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() != 0) {
				missing.add(tool);
			}
		}
		if (!Files.isExecutable(Path.of("/bin/busybox")) && !Files.isExecutable(Path.of("/usr/bin/busybox"))) {
			missing.add("busybox (busybox-static)");
		}
		if (!missing.isEmpty()) {
			fail("the lab accuracy test needs " + String.join(", ", missing)
					+ ": run scripts/install-lab-deps.sh as root (./run-tests does), or apt-get install qemu-system-x86"
					+ " busybox-static gcc libc6-dev cpio");
		}
	}
}
