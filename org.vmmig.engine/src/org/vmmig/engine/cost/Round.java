package org.vmmig.engine.cost;

/**
 * One round of a migration: the memory it moved, the bytes it put on the wire, how long it took, the
 * memory the guest dirtied meanwhile that the sync ending the round added to what is pending (what the next
 * round re-sends, besides the pages carried over; PreCopyRounds) and the guest's CPU throttle during it.
 * The last pre-copy trace entry is the stop-and-copy, during which the guest is paused.
 */
public record Round(int index, double memoryBytes, double wireBytes, double seconds, double dirtiedBytes,
		double throttle, boolean stopAndCopy) {
}
