package org.vmmig.engine.sweep;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * What is known of an uncertain quantity (in SI base units): a distribution a Monte-Carlo run draws one value from.
 * Every draw is a function of the random stream it is given, so a run's values depend on its stream only.
 */
public sealed interface Distribution extends Serializable {

	/** One value drawn from {@code random}. */
	double sample(SplittableRandom random);

	/** The distribution's mean, for reports. */
	double mean();

	/** Uniform over [min, max]. */
	record Uniform(double min, double max) implements Distribution {
		public Uniform {
			if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
				throw new IllegalArgumentException("a uniform distribution needs min <= max, not " + min + " and " + max);
			}
		}

		@Override
		public double sample(SplittableRandom random) {
			return min + (max - min) * random.nextDouble();
		}

		@Override
		public double mean() {
			return (min + max) / 2;
		}
	}

	/**
	 * Normal with a mean and a standard deviation, truncated below at {@code floor} (a dirty rate is never negative):
	 * draws below it are drawn again. Box–Muller on two uniform draws (Box and Muller, Ann. Math. Stat. 29(2), 1958),
	 * written out here so that the values do not depend on the JDK's Gaussian generator.
	 */
	record Normal(double mean, double standardDeviation, double floor) implements Distribution {
		public Normal {
			if (!(standardDeviation >= 0) || !Double.isFinite(mean) || !Double.isFinite(standardDeviation)) {
				throw new IllegalArgumentException("a normal distribution needs a standard deviation >= 0, not " + standardDeviation);
			}
			if (!(mean + 6 * standardDeviation > floor)) {
				throw new IllegalArgumentException("a normal distribution of mean " + mean + " hardly ever lies above " + floor);
			}
		}

		@Override
		public double sample(SplittableRandom random) {
			while (true) {
				double u1 = 1 - random.nextDouble(); // (0, 1]: the logarithm stays finite
				double u2 = random.nextDouble();
				double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
				double value = mean + standardDeviation * z;
				if (value >= floor) {
					return value;
				}
			}
		}
	}

	/** Triangular with a minimum, a mode and a maximum, drawn by inverting its distribution function. */
	record Triangular(double min, double mode, double max) implements Distribution {
		public Triangular {
			if (!(min <= mode && mode <= max && min < max)) {
				throw new IllegalArgumentException("a triangular distribution needs min <= mode <= max and min < max");
			}
		}

		@Override
		public double sample(SplittableRandom random) {
			double u = random.nextDouble();
			double split = (mode - min) / (max - min);
			return u < split ? min + Math.sqrt(u * (max - min) * (mode - min))
					: max - Math.sqrt((1 - u) * (max - min) * (max - mode));
		}

		@Override
		public double mean() {
			return (min + mode + max) / 3;
		}
	}
}
