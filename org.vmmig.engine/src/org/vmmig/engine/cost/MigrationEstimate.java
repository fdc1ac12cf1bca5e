package org.vmmig.engine.cost;

import java.util.List;

import org.vmmig.engine.model.Technique;

/**
 * The predicted cost of one live migration. Times in seconds, data in bytes (as sent on the wire).
 *
 * @param totalSeconds          from the first byte sent (handshake included) to the VM running alone at the destination
 * @param downtimeSeconds       how long the guest is paused
 * @param bytesTransferred      everything sent: memory, storage, device state
 * @param storageBytes          of which disk blocks (0 with shared storage)
 * @param rounds                iterative pre-copy rounds (first full copy included; stop-and-copy not)
 * @param converged             pre-copy got under the downtime limit (post-copy always does)
 * @param degradationSeconds    guest time lost: CPU throttling and post-copy page faults
 * @param degradationShare      that time as a share of the migration
 * @param cpuCoreSeconds        host CPU spent compressing and encrypting
 * @param energyJoules          extra energy of the migration (Liu et al.'s linear model of data moved)
 * @param riskWindowSeconds     time during which a failure of either host loses the VM (post-copy)
 * @param notes                 things the user should know: exposure, IP change, non-converging storage ({@link Note})
 * @param trace                 every round in order
 */
public record MigrationEstimate(Technique technique, Outcome outcome, double totalSeconds, double downtimeSeconds,
		double bytesTransferred, double storageBytes, int rounds, boolean converged, double degradationSeconds,
		double degradationShare, double cpuCoreSeconds, double energyJoules, double riskWindowSeconds,
		List<Note> notes, List<Round> trace) {

	public MigrationEstimate {
		notes = List.copyOf(notes);
		trace = List.copyOf(trace);
	}

	/** Bytes of memory and device state sent (everything but storage). */
	public double memoryBytes() {
		return bytesTransferred - storageBytes;
	}
}
