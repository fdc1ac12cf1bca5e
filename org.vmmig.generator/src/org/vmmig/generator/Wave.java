package org.vmmig.generator;

import java.util.List;

/**
 * Migrations the plan starts at the same moment. A runbook runs a wave's moves in parallel and starts the next
 * wave when the whole wave has ended, so never more migrations run at once than the plan runs (the policy's
 * concurrency limits hold); it may take longer than the plan, never less safely.
 *
 * @param number 1, 2, ... in plan order
 */
public record Wave(int number, double startSeconds, List<Move> moves) {

	public Wave {
		moves = List.copyOf(moves);
	}
}
