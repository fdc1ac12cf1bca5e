package org.vmmig.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The accuracy table of docs/accuracy.md: one row per run (configuration, measured, predicted, error),
 * the mean errors, and the host's noise from the repeated configurations.
 */
final class AccuracyReport {

	private static final double MIB = 1024 * 1024;

	private final List<LabComparison> rows;
	private final double linkBytesPerSecond;
	private final List<String> rerun;

	/** @param rerun runs made again because the guest did not run at the destination the first time */
	AccuracyReport(List<LabComparison> rows, double linkBytesPerSecond, List<String> rerun) {
		this.rows = List.copyOf(rows);
		this.linkBytesPerSecond = linkBytesPerSecond;
		this.rerun = List.copyOf(rerun);
	}

	double meanAbsoluteTimeError() {
		return mean(rows, c -> Math.abs(c.totalTimeError()));
	}

	double meanAbsoluteDataError() {
		return mean(rows, c -> Math.abs(c.dataError()));
	}

	/** Runs with auto-converge: vmmig's largest known gap (docs/accuracy.md). */
	static boolean autoConverge(LabComparison row) {
		return row.run().policy().autoConverge().enabled();
	}

	List<LabComparison> withoutAutoConverge() {
		return rows.stream().filter(row -> !autoConverge(row)).toList();
	}

	double meanAbsoluteTimeErrorWithoutAutoConverge() {
		return mean(withoutAutoConverge(), c -> Math.abs(c.totalTimeError()));
	}

	double meanAbsoluteDataErrorWithoutAutoConverge() {
		return mean(withoutAutoConverge(), c -> Math.abs(c.dataError()));
	}

	/** The largest absolute error of time or data among the auto-converge runs. */
	double worstAutoConvergeError() {
		return rows.stream().filter(AccuracyReport::autoConverge)
				.mapToDouble(c -> Math.max(Math.abs(c.totalTimeError()), Math.abs(c.dataError()))).max().orElse(0);
	}

	List<LabComparison> comparablePauses() {
		return rows.stream().filter(LabComparison::pauseComparable).toList();
	}

	double medianAbsolutePauseError() {
		List<Double> errors = new ArrayList<>(comparablePauses().stream().map(c -> Math.abs(c.pauseError())).sorted().toList());
		return errors.isEmpty() ? 0 : errors.get(errors.size() / 2);
	}

	long pausesWithinTarget() {
		return comparablePauses().stream().filter(LabComparison::pauseWithinTarget).count();
	}

	long verdictsRight() {
		return rows.stream().filter(LabComparison::verdictRight).count();
	}

	/** For each repeated configuration: the spread (max − min) / mean of time, data and pause over its runs. */
	Map<String, double[]> noise() {
		Map<String, List<Measured>> byName = new LinkedHashMap<>();
		for (LabComparison row : rows) {
			byName.computeIfAbsent(configuration(row), k -> new ArrayList<>()).add(row.measured());
		}
		Map<String, double[]> noise = new LinkedHashMap<>();
		byName.forEach((name, runs) -> {
			if (runs.size() > 1) {
				noise.put(name, new double[] { spread(runs, Measured::totalSeconds), spread(runs, Measured::bytesTransferred),
						spread(runs, Measured::downtimeSeconds) });
			}
		});
		return noise;
	}

	/**
	 * The median spread of each metric over the repeated configurations: the noise to compare with a bound on
	 * a mean error. The median, because one configuration can catch a hiccup of the host (an idle run that took
	 * 2.05 s where its repeats took 1.5 s) that says little about the rest.
	 */
	double[] medianNoise() {
		double[] median = new double[3];
		List<double[]> spreads = new ArrayList<>(noise().values());
		for (int i = 0; i < 3; i++) {
			int metric = i;
			List<Double> values = spreads.stream().map(spread -> spread[metric]).sorted().toList();
			median[i] = values.isEmpty() ? 0 : values.size() % 2 == 1 ? values.get(values.size() / 2)
					: (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
		}
		return median;
	}

	/** The run name without its repeat suffix ("busy-128-c64#2" is "busy-128-c64"). */
	static String configuration(LabComparison row) {
		String name = row.run().name();
		int hash = name.indexOf("-r");
		return hash > 0 && name.substring(hash + 2).matches("\\d+") ? name.substring(0, hash) : name;
	}

	String markdown(String title, String wallTime) {
		StringBuilder md = new StringBuilder();
		LabResult first = rows.get(0).run();
		md.append("## ").append(title).append("\n\n");
		md.append(String.format(Locale.ROOT, "QEMU %s (%s) on %d cores, loopback link measured at %.0f MiB/s, switchover"
				+ " cost %.0f ms; %d runs in %s.%n%n", first.qemuVersion(), first.accelerator().label(),
				Runtime.getRuntime().availableProcessors(), linkBytesPerSecond / MIB, LabAccuracyTest.LAB.switchoverSeconds() * 1000,
				rows.size(), wallTime));
		md.append("| run | guest: memory / working set / achieved dirty rate | policy | time measured | predicted | error"
				+ " | data measured | predicted | error | pause measured | predicted | error | syncs² measured / predicted"
				+ " | converged measured / predicted |\n");
		md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (LabComparison row : rows) {
			LabResult run = row.run();
			Measured m = row.measured();
			md.append(String.format(Locale.ROOT,
					"| %s | %d / %d MiB / %.1f MiB/s | %s | %.2f s | %.2f s | %s | %.1f MiB | %.1f MiB | %s | %s | %s | %s | %d / %d | %s / %s%s |%n",
					run.name(), run.guest().memoryBytes() / (long) MIB, run.guest().workingSetBytes() / (long) MIB,
					run.rateBefore() / MIB, policy(run), m.totalSeconds(), row.predicted().totalSeconds(),
					percent(row.totalTimeError()), m.bytesTransferred() / MIB, row.predicted().bytesTransferred() / MIB,
					percent(row.dataError()), row.pauseComparable() ? millis(m.downtimeSeconds()) : "n/a¹",
					millis(row.predicted().downtimeSeconds()),
					row.pauseComparable() ? percent(row.pauseError()) + (row.pauseWithinTarget() ? "" : " ✗") : "",
					m.dirtySyncCount(), row.predicted().rounds() + 2, m.converged() ? "yes" : "no", row.predicted().converged() ? "yes" : "no",
					row.verdictRight() ? "" : " ✗"));
		}
		md.append(String.format(Locale.ROOT, "%nMean absolute error: total time %s, data %s (without the auto-converge runs:"
				+ " %s, %s; their worst: %s). Pause: median absolute error %s, %d of %d within 30 %% or 20 ms."
				+ " Convergence verdict right on %d of %d runs.%n",
				magnitude(meanAbsoluteTimeError()), magnitude(meanAbsoluteDataError()),
				magnitude(meanAbsoluteTimeErrorWithoutAutoConverge()), magnitude(meanAbsoluteDataErrorWithoutAutoConverge()),
				magnitude(worstAutoConvergeError()), magnitude(medianAbsolutePauseError()),
				pausesWithinTarget(), comparablePauses().size(), verdictsRight(), rows.size()));
		md.append(rerun.isEmpty() ? "Every guest ran at its destination on the first try.\n"
				: "Run again because the guest crashed at the destination (QEMU under TCG): " + String.join(", ", rerun) + ".\n");
		md.append("\nNoise of this host (spread (max − min) / mean of the measured values over repeated runs):\n\n");
		double[] median = medianNoise();
		md.append("| configuration | total time | data | pause |\n|---|---:|---:|---:|\n");
		noise().forEach((name, spread) -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", name,
				magnitude(spread[0]), magnitude(spread[1]), magnitude(spread[2]))));
		md.append(String.format(Locale.ROOT, "| median | %s | %s | %s |%n", magnitude(median[0]), magnitude(median[1]),
				magnitude(median[2])));
		md.append("\n¹ QEMU 7.2 reports a clock reading, not the pause, as the downtime of a post-copy migration.\n");
		md.append("² QEMU's dirty-sync-count; vmmig's rounds + 2 (QEMU also syncs at the start and at the switchover).\n");
		return md.toString();
	}

	private static String policy(LabResult run) {
		var p = run.policy();
		StringBuilder s = new StringBuilder(switch (p.technique()) {
		case PRE_COPY -> p.autoConverge().enabled() ? "auto-converge" : "pre-copy";
		case POST_COPY -> "post-copy";
		case HYBRID -> p.hybridPreCopyRounds() == 0 ? "post-copy from the start" : "hybrid " + p.hybridPreCopyRounds();
		});
		double cap = p.bandwidthCapBytesPerSecond();
		s.append(String.format(Locale.ROOT, ", %s, %d ms", cap > 0 && Double.isFinite(cap) ? (long) (cap / MIB) + " MiB/s" : "no cap",
				Math.round(p.downtimeLimitSeconds() * 1000)));
		if (p.maxRounds() != 30) {
			s.append(", ≤ ").append(p.maxRounds()).append(" rounds");
		}
		if (p.streams() > 1) {
			s.append(", ").append(p.streams()).append(" streams");
		}
		return s.toString();
	}

	private static double spread(List<Measured> runs, ToDoubleFunction<Measured> metric) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		double sum = 0;
		for (Measured run : runs) {
			double value = metric.applyAsDouble(run);
			min = Math.min(min, value);
			max = Math.max(max, value);
			sum += value;
		}
		double mean = sum / runs.size();
		return mean > 0 ? (max - min) / mean : 0;
	}

	private static double mean(List<LabComparison> rows, ToDoubleFunction<LabComparison> metric) {
		return rows.stream().mapToDouble(metric).average().orElse(0);
	}

	/** A signed error: "+4.6 %", "-23.5 %". */
	static String percent(double share) {
		return String.format(Locale.ROOT, "%+.1f %%", share * 100).replace("+-", "-");
	}

	/** A size of an error or a spread, without sign: "7.6 %". */
	static String magnitude(double share) {
		return String.format(Locale.ROOT, "%.1f %%", share * 100);
	}

	private static String millis(double seconds) {
		return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
	}
}
