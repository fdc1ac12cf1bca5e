package org.vmmig.generator;

import java.util.List;
import java.util.stream.Collectors;

import org.vmmig.engine.plan.ConcurrencyLimits;

/** Comment lines every target's output shares: the plan in brief and the knobs the target does not realise. */
public final class Comments {

	private Comments() {
	}

	/** The plan: moves, waves, predicted end, concurrency limits; each line starting with {@code prefix}. */
	public static String plan(Runbook runbook, String prefix) {
		int moves = runbook.moves().size();
		return prefix + "The plan: " + moves + " migration" + (moves == 1 ? "" : "s") + " in " + runbook.waves().size()
				+ " wave" + (runbook.waves().size() == 1 ? "" : "s") + ", predicted to end after "
				+ Values.seconds(runbook.result().plan().makespanSeconds()) + " s; " + limits(runbook.limits()) + ".\n"
				+ prefix + "A wave is the migrations the plan starts at the same moment; they run in parallel, and the next\n"
				+ prefix + "wave starts when the whole wave has ended, so no more migrations run at once than in the plan.";
	}

	private static String limits(ConcurrencyLimits limits) {
		return "at most " + limits.perHost() + " migration" + (limits.perHost() == 1 ? "" : "s") + " per host"
				+ (limits.perLink() == Integer.MAX_VALUE ? "" : ", " + limits.perLink() + " per network")
				+ (limits.perCluster() == Integer.MAX_VALUE ? "" : ", " + limits.perCluster() + " in all");
	}

	/** The knobs the target cannot realise, or a line saying that it realises every knob. */
	public static String unrealised(List<Unrealised> unrealised, String target, String prefix) {
		if (unrealised.isEmpty()) {
			return prefix + "Every knob of the policy is realised on " + target + ".";
		}
		return prefix + "Not realised on " + target + " (no equivalent; 'vmmig generate' warns of each):\n"
				+ unrealised.stream().map(u -> prefix + "  " + u.knob() + ": " + u.why()).collect(Collectors.joining("\n"));
	}
}
