package org.vmmig.engine.cost;

/**
 * One round of a pre-copy migration: the bytes it sent, how long that took, and the bytes the guest
 * dirtied meanwhile (what the next round must re-send). The last round of a trace is the stop-and-copy,
 * during which the guest is paused.
 */
public record Round(int index, double bytesSent, double seconds, double dirtiedBytes, boolean stopAndCopy) {
}
