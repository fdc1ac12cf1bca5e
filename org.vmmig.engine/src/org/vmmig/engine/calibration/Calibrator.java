package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.vmmig.engine.cost.Calibration;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.Technique;

/**
 * Compares the model with measured migrations and fits the environment: bandwidth efficiency and per-round
 * overhead by least squares on the relative errors of total time and data sent, on a fixed grid (efficiency
 * 0.05–1.50 by 0.01, overhead 0–1 s by 5 ms), and for each point of it the switchover cost in closed form: the
 * mean of measured minus predicted pause of the pre-copy migrations (at least 0, to 0.1 ms), which adds to their
 * pause and total time alone.
 * <p>
 * Up to {@value #SAMPLE} migrations, every point of the grid is tried on all of them. With more, every point is
 * tried on {@value #SAMPLE} migrations spread evenly over the list, and the {@value #FINALISTS} best points and
 * their neighbours on all of them (the cost of a point is a mean over migrations: a spread sample ranks points as
 * the whole does, and the finalists' neighbours absorb what it misses) — 100,000 migrations take seconds instead
 * of hours (docs/performance.md). Points are tried in parallel; sums are taken in migration order and ties go to
 * the smaller correction, so the result does not depend on the number of cores.
 */
public final class Calibrator {

	static final double EFFICIENCY_MIN = 0.05;
	static final double EFFICIENCY_STEP = 0.01;
	static final int EFFICIENCY_POINTS = 146; // 0.05 … 1.50
	static final double OVERHEAD_STEP = 0.005;
	static final int OVERHEAD_POINTS = 201; // 0 … 1 s
	static final int SAMPLE = 200;
	static final int FINALISTS = 8;

	/** Told how far the fit has come (a terminal's progress line): predictions made, of how many. */
	@FunctionalInterface
	public interface Progress {
		void step(long done, long total);
	}

	/**
	 * @param bandwidth the path's nominal bandwidth (bytes/s): measurements do not record it
	 * @param skipped   migrations left out before (not completed), reported with the result
	 * @throws IllegalArgumentException without any case
	 */
	public CalibrationResult calibrate(List<CalibrationCase> cases, double bandwidth, int skipped, Progress progress) {
		if (cases.isEmpty()) {
			throw new IllegalArgumentException("no completed migration to calibrate against");
		}
		MigrationPath path = MigrationPath.lan(bandwidth);
		Problem all = new Problem(cases, path);
		Problem sample = cases.size() <= SAMPLE ? all : new Problem(spread(cases), path);
		long total = (long) EFFICIENCY_POINTS * OVERHEAD_POINTS * sample.cases.size()
				+ (sample == all ? 0 : (long) FINALISTS * 9 * cases.size());
		AtomicLong done = new AtomicLong();
		List<Scored> ranked = sample.rank(grid(), done, total, progress);
		Scored best = ranked.get(0);
		if (sample != all) {
			Set<Point> finalists = new LinkedHashSet<>();
			ranked.stream().limit(FINALISTS).forEach(s -> finalists.addAll(s.point().neighbours()));
			best = all.rank(List.copyOf(finalists), done, total, progress).get(0);
		}
		progress.step(total, total);
		Calibration fitted = new Calibration(best.point().efficiency(), best.point().overhead(), best.switchover());
		return new CalibrationResult(compare(cases, path, Calibration.NONE), fitted, compare(cases, path, fitted),
				skipped);
	}

	/** Without progress. */
	public CalibrationResult calibrate(List<CalibrationCase> cases, double bandwidth, int skipped) {
		return calibrate(cases, bandwidth, skipped, (done, total) -> {
		});
	}

	/** {@value #SAMPLE} cases spread evenly over the list, the first and the last included. */
	private static List<CalibrationCase> spread(List<CalibrationCase> cases) {
		List<CalibrationCase> sample = new ArrayList<>(SAMPLE);
		for (int k = 0; k < SAMPLE; k++) {
			sample.add(cases.get((int) ((long) k * (cases.size() - 1) / (SAMPLE - 1))));
		}
		return sample;
	}

	private static List<Point> grid() {
		List<Point> points = new ArrayList<>(EFFICIENCY_POINTS * OVERHEAD_POINTS);
		for (int i = 0; i < EFFICIENCY_POINTS; i++) {
			for (int j = 0; j < OVERHEAD_POINTS; j++) {
				points.add(new Point(i, j));
			}
		}
		return points;
	}

	/** A point of the grid. */
	record Point(int i, int j) {
		double efficiency() {
			return Math.round((EFFICIENCY_MIN + i * EFFICIENCY_STEP) * 100) / 100.0;
		}

		double overhead() {
			return Math.round(j * OVERHEAD_STEP * 1000) / 1000.0;
		}

		/** Itself and the points around it that are on the grid. */
		List<Point> neighbours() {
			List<Point> around = new ArrayList<>(9);
			for (int di = -1; di <= 1; di++) {
				for (int dj = -1; dj <= 1; dj++) {
					if (i + di >= 0 && i + di < EFFICIENCY_POINTS && j + dj >= 0 && j + dj < OVERHEAD_POINTS) {
						around.add(new Point(i + di, j + dj));
					}
				}
			}
			return around;
		}
	}

	/** A point with its cost and the switchover cost fitted there. */
	private record Scored(Point point, double cost, double switchover) {
		/** Lower cost first; ties to the smaller correction: efficiency nearest 1, then the smaller overhead. */
		static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::cost)
				.thenComparingDouble(s -> Math.abs(s.point().efficiency() - 1)).thenComparingInt(s -> s.point().j())
				.thenComparingInt(s -> s.point().i());
	}

	/** Cases grouped by what the model sees (guest and policy): each group is predicted once per point. */
	private static final class Problem {
		final MigrationPath path;
		final List<CalibrationCase> cases;
		final List<CalibrationCase> inputs = new ArrayList<>();
		final int[] inputOf;

		Problem(List<CalibrationCase> cases, MigrationPath path) {
			this.path = path;
			this.cases = cases;
			this.inputOf = new int[cases.size()];
			Map<List<Object>, Integer> index = new HashMap<>();
			for (int k = 0; k < cases.size(); k++) {
				CalibrationCase c = cases.get(k);
				inputOf[k] = index.computeIfAbsent(List.of(c.guest(), c.policy()), key -> {
					inputs.add(c);
					return inputs.size() - 1;
				});
			}
		}

		/** The points, best first; each scored on its own thread, in any order, then sorted. */
		List<Scored> rank(List<Point> points, AtomicLong done, long total, Progress progress) {
			Scored[] scored = new Scored[points.size()];
			IntStream.range(0, points.size()).parallel().forEach(p -> {
				scored[p] = score(points.get(p));
				long now = done.addAndGet(cases.size());
				synchronized (progress) {
					progress.step(Math.min(now, total - 1), total);
				}
			});
			List<Scored> ranked = new ArrayList<>(List.of(scored));
			ranked.sort(Scored.ORDER);
			return ranked;
		}

		Scored score(Point point) {
			MigrationModel model = MigrationModel.live(new Calibration(point.efficiency(), point.overhead()));
			MigrationEstimate[] predicted = new MigrationEstimate[inputs.size()];
			for (int g = 0; g < inputs.size(); g++) {
				predicted[g] = model.estimate(inputs.get(g).guest(), path, inputs.get(g).policy());
			}
			double pauseGap = 0;
			int preCopy = 0;
			for (int k = 0; k < cases.size(); k++) {
				if (cases.get(k).policy().technique() == Technique.PRE_COPY) {
					pauseGap += cases.get(k).measured().downtimeSeconds() - predicted[inputOf[k]].downtimeSeconds();
					preCopy++;
				}
			}
			// to 0.1 ms: a pause measured in ms says no more, and an exact model gets exactly 0
			double switchover = preCopy == 0 ? 0 : Math.max(0, Math.round(pauseGap / preCopy * 1e4) / 1e4);
			double cost = 0;
			for (int k = 0; k < cases.size(); k++) {
				MeasuredMigration m = cases.get(k).measured();
				MigrationEstimate e = predicted[inputOf[k]];
				double extra = cases.get(k).policy().technique() == Technique.PRE_COPY ? switchover : 0;
				double time = Comparison.relativeError(e.totalSeconds() + extra, m.totalSeconds());
				double data = Comparison.relativeError(e.bytesTransferred(), m.bytesTransferred());
				cost += time * time + data * data;
			}
			return new Scored(point, cost, switchover);
		}
	}

	private static List<Comparison> compare(List<CalibrationCase> cases, MigrationPath path, Calibration calibration) {
		MigrationModel model = MigrationModel.live(calibration);
		Comparison[] comparisons = new Comparison[cases.size()];
		IntStream.range(0, cases.size()).parallel().forEach(k -> comparisons[k] = new Comparison(cases.get(k).measured(),
				model.estimate(cases.get(k).guest(), path, cases.get(k).policy())));
		return List.of(comparisons);
	}
}
