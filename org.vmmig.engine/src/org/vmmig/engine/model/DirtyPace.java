package org.vmmig.engine.model;

/**
 * What paces a guest's dirtying, which decides whether auto-converge slows it: QEMU's throttle takes CPU
 * time from the vCPUs (cpu_throttle_set in QEMU's softmmu/cpu-throttle.c), so it slows writes that need
 * that CPU time and not writes that keep a wall-clock pace. The lab measured both (docs/accuracy.md).
 */
public enum DirtyPace {
	/** Dirtying scales with the CPU time the guest gets (a computation): throttle θ leaves D·(1 − θ). */
	CPU_TIME,
	/** Dirtying keeps a wall-clock pace (a stream arriving from the network, a timer-driven writer): throttling does not slow it. */
	WALL_CLOCK
}
