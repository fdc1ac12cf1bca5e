package org.vmmig.cli;

import java.util.function.Supplier;

import org.vmmig.engine.sweep.SweepExecutor;
import org.vmmig.engine.sweep.SweepExecutorProvider;

import picocli.CommandLine.Option;

/**
 * {@code --spark MASTER} for commands that run sweeps (a picocli mixin): the runs go to an Apache Spark cluster
 * instead of the local cores. The CLI does not depend on Spark: the executor is found through
 * {@link SweepExecutorProvider} when org.vmmig.spark's jar and Spark's are on the classpath (docs/scale-out.md).
 */
public final class SparkOption {

	@Option(names = "--spark", paramLabel = "MASTER", description = "run the sweep on the Apache Spark cluster at "
			+ "MASTER (spark://host:7077, or local[N]); needs the org.vmmig.spark module (docs/scale-out.md)")
	String master;

	/** The cluster could not be had; the message is for the user, as it is. */
	public static final class Unavailable extends Exception {
		private static final long serialVersionUID = 1L;

		Unavailable(String message) {
			super(message);
		}
	}

	/** Spark's executor when {@code --spark} was given, else {@code local}'s. */
	SweepExecutor executor(Supplier<SweepExecutor> local) throws Unavailable {
		if (master == null) {
			return local.get();
		}
		SweepExecutorProvider spark;
		try {
			spark = SweepExecutorProvider.find("spark");
		} catch (IllegalStateException e) {
			throw new Unavailable("--spark: " + e.getMessage());
		}
		try {
			return spark.open(master);
		} catch (Exception e) {
			throw new Unavailable("--spark " + master + ": " + e.getMessage());
		}
	}
}
