package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The dirty rate of a completed migration from the replies polled while it ran (a {@code query-migrate}
 * trace such as the lab's {@code query-migrate.jsonl}): QEMU measures it at a dirty-bitmap sync once a period
 * of at least a second has passed ({@code migration_bitmap_sync} in {@code migration/ram.c}) and shows it in
 * {@code ram.dirty-pages-rate} while the migration is active; it is 0 until the first period ends, and again
 * in the completed reply. The estimate is the mean of the distinct readings of the replies before the
 * completed one; a migration that ran more than a second without a reading above 0 dirtied nothing.
 */
final class TraceDirtyRate {

	/** QEMU's dirty-rate period: no reading before the iterations ran this long. */
	static final double PERIOD_SECONDS = 1.0;

	private TraceDirtyRate() {
	}

	/**
	 * For each migration of one file (in file order), the rate its trace shows, or empty: for completed migrations
	 * preceded by active replies of the same run; empty for every other one.
	 */
	static List<OptionalDouble> estimate(List<MeasuredMigration> file) {
		List<OptionalDouble> rates = new ArrayList<>(file.size());
		Set<Double> readings = new LinkedHashSet<>();
		int active = 0;
		for (MeasuredMigration m : file) {
			if (m.completed()) {
				rates.add(estimate(readings, active, m.totalSeconds()));
				readings.clear();
				active = 0;
				continue;
			}
			rates.add(OptionalDouble.empty());
			if (m.status().equals("active")) {
				active++;
				m.dirtyBytesPerSecond().ifPresent(rate -> {
					if (rate > 0) {
						readings.add(rate);
					}
				});
			} else { // failed, cancelled, setup: a new run starts after it
				readings.clear();
				active = 0;
			}
		}
		return rates;
	}

	private static OptionalDouble estimate(Set<Double> readings, int active, double totalSeconds) {
		if (!readings.isEmpty()) {
			return OptionalDouble.of(readings.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
		}
		return active > 0 && totalSeconds > 2 * PERIOD_SECONDS ? OptionalDouble.of(0) : OptionalDouble.empty();
	}
}
