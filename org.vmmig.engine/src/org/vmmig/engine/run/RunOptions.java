package org.vmmig.engine.run;

import java.util.Objects;
import java.util.OptionalLong;

import org.vmmig.engine.cost.Calibration;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.sim.MigrationTiming;
import org.vmmig.engine.sim.SimulationSettings;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Quantity;

/**
 * How a scenario runs, whichever front end asks — the CLI's flags, the Maven plugin's parameters and the
 * workbench's preferences all end up here, and nothing else changes a result.
 *
 * @param costModel                   the migration cost model of plans and of migrations in a time simulation
 * @param cloudSimRules               time simulations follow CloudSim 4.0's rules (see {@link SimulationSettings.Rules})
 * @param defaultDowntimeLimitSeconds the downtime limit of policies that set none
 * @param seed                        replaces the seed of every time simulation when present
 */
public record RunOptions(CostModel costModel, boolean cloudSimRules, double defaultDowntimeLimitSeconds,
		OptionalLong seed) {

	/** The faithful cost model, vmmig's rules, the engine's default downtime limit, the models' own seeds. */
	public static final RunOptions DEFAULTS = new RunOptions(CostModel.LIVE, false,
			MigrationPolicy.defaults().downtimeLimitSeconds(), OptionalLong.empty());

	/** The two cost models a user can choose. */
	public enum CostModel {
		/** vmmig's live-migration model: pre-copy rounds, post-copy, hybrid, storage, WAN, security costs. */
		LIVE,
		/** CloudSim's memory / (half the bandwidth), to compare with studies made with it. */
		CLOUDSIM;

		/** As on the command line and in the JSON: "live" or "cloudsim". */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** "live" or "cloudsim"; anything else is an IllegalArgumentException naming both. */
		public static CostModel parse(String label) {
			for (CostModel model : values()) {
				if (model.label().equals(label)) {
					return model;
				}
			}
			throw new IllegalArgumentException("the cost model is live or cloudsim, not '" + label + "'");
		}

		public MigrationModel model() {
			return model(Calibration.NONE);
		}

		/** The live model corrected by a calibrated environment; CloudSim's formula has nothing to calibrate. */
		public MigrationModel model(Calibration calibration) {
			return this == CLOUDSIM ? MigrationModel.cloudSim() : MigrationModel.live(calibration);
		}
	}

	public RunOptions {
		Objects.requireNonNull(costModel, "costModel");
		Objects.requireNonNull(seed, "seed");
		if (!(defaultDowntimeLimitSeconds > 0) || Double.isInfinite(defaultDowntimeLimitSeconds)) {
			throw new IllegalArgumentException(
					"the default downtime limit is a positive number of seconds, not " + defaultDowntimeLimitSeconds);
		}
	}

	public RunOptions withCostModel(CostModel value) {
		return new RunOptions(value, cloudSimRules, defaultDowntimeLimitSeconds, seed);
	}

	public RunOptions withCloudSimRules(boolean value) {
		return new RunOptions(costModel, value, defaultDowntimeLimitSeconds, seed);
	}

	public RunOptions withDefaultDowntimeLimitSeconds(double value) {
		return new RunOptions(costModel, cloudSimRules, value, seed);
	}

	public RunOptions withSeed(long value) {
		return new RunOptions(costModel, cloudSimRules, defaultDowntimeLimitSeconds, OptionalLong.of(value));
	}

	/**
	 * A default downtime limit as a user types it, "300ms" or "0.1 s", in seconds; anything but a duration in
	 * (0, 1 h] is an IllegalArgumentException saying what is expected.
	 */
	public static double parseDowntimeLimit(String text) {
		try {
			Quantity quantity = Quantity.parse(text);
			if (quantity.dimension() == Dimension.DURATION && quantity.toBase() > 0 && quantity.toBase() <= 3600) {
				return quantity.toBase();
			}
		} catch (IllegalArgumentException e) {
			// the message below says what is expected
		}
		throw new IllegalArgumentException("expects a duration between 0 and 1 h such as 300ms, not '" + text + "'");
	}

	/** The policy defaults a model's policies start from: the engine's, with this run's downtime limit. */
	public MigrationPolicy policyDefaults() {
		return MigrationPolicy.defaults().toBuilder().downtimeLimitSeconds(defaultDowntimeLimitSeconds).build();
	}

	/**
	 * A time simulation's settings under these options: CloudSim's timing for the CloudSim cost model (its
	 * migrations take memory / half the NIC and cost 10 % of the VM's CPU meanwhile), CloudSim's rules when
	 * asked, and this run's seed when given.
	 */
	public SimulationSettings apply(SimulationSettings settings) {
		SimulationSettings applied = settings;
		if (costModel == CostModel.CLOUDSIM) {
			applied = applied.withTiming(new MigrationTiming.CloudSim());
		}
		if (cloudSimRules) {
			applied = applied.withRules(SimulationSettings.Rules.CLOUDSIM);
		}
		if (seed.isPresent()) {
			applied = applied.withSeed(seed.getAsLong());
		}
		return applied;
	}
}
