package org.vmmig.engine.cost;

import java.util.List;

/**
 * The predicted cost of one live migration.
 *
 * @param totalSeconds     from the first byte sent to the VM running at the destination
 * @param downtimeSeconds  how long the VM is paused (the stop-and-copy)
 * @param bytesTransferred every byte sent, all rounds included
 * @param rounds           iterative pre-copy rounds, the first full copy included, the stop-and-copy not
 * @param converged        whether the remainder fell under the downtime limit before the round cap
 * @param trace            every round in order, the stop-and-copy last
 */
public record MigrationEstimate(double totalSeconds, double downtimeSeconds, double bytesTransferred, int rounds,
		boolean converged, List<Round> trace) {
}
