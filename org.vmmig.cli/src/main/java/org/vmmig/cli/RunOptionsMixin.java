package org.vmmig.cli;

import org.vmmig.engine.run.RunOptions;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options that change how scenarios run, the same for simulate, report and compare — and the same as the
 * Maven plugin's parameters and the workbench's preferences ({@link RunOptions}).
 */
public final class RunOptionsMixin {

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	/** The migration cost model, as typed on the command line. */
	enum CostModel {
		live, cloudsim
	}

	@Option(names = "--cost-model", paramLabel = "MODEL", defaultValue = "live",
			description = "migration cost model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
					+ "cloudsim = memory / (half the bandwidth), for comparison with CloudSim studies")
	CostModel costModel;

	@Option(names = "--cloudsim-rules", description = "time simulations follow CloudSim 4.0's rules (idle VMs end, memory "
			+ "checked only at the start, idle hosts draw nothing, steps 0.1 s after the samples) to compare with its studies")
	boolean cloudSimRules;

	@Option(names = "--default-downtime-limit", paramLabel = "DURATION",
			description = "downtime limit of policies that set none, e.g. 100ms (default: 300ms, QEMU's)")
	String defaultDowntimeLimit;

	@Option(names = "--seed", paramLabel = "N", description = "seed of every time simulation, in place of the scenarios' own")
	Long seed;

	/** The options given; a malformed value is a usage error naming the option. */
	public RunOptions options() {
		RunOptions options = RunOptions.DEFAULTS.withCostModel(RunOptions.CostModel.parse(costModel.name()))
				.withCloudSimRules(cloudSimRules);
		if (defaultDowntimeLimit != null) {
			options = options.withDefaultDowntimeLimitSeconds(duration(defaultDowntimeLimit));
		}
		if (seed != null) {
			options = options.withSeed(seed);
		}
		return options;
	}

	private double duration(String text) {
		try {
			return RunOptions.parseDowntimeLimit(text);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), "--default-downtime-limit " + e.getMessage());
		}
	}
}
