package org.vmmig.generator;

/**
 * One migration of a runbook: the VM, where it is and where it goes, and what the plan predicts.
 *
 * @param memoryBytes     the VM's memory (a completion timeout per GiB scales with it)
 * @param copyStorage     its disk is on the source's local storage and the policy moves storage with it
 * @param startSeconds    when the plan starts it, from the start of the plan
 * @param durationSeconds how long the plan predicts it takes
 */
public record Move(String vm, String source, String target, double memoryBytes, boolean copyStorage,
		double startSeconds, double durationSeconds) {

	/** The memory in GiB (2^30 bytes), rounded up: what per-GiB timeouts multiply. */
	public long memoryGiB() {
		return (long) Math.ceil(memoryBytes / (1024.0 * 1024 * 1024));
	}
}
