package org.vmmig.engine.model;

/**
 * QEMU's auto-converge: when the guest dirties memory faster than pre-copy can follow, its vCPUs are
 * throttled, first by {@code initial}, then {@code increment} more each time, up to {@code maximum}
 * (QEMU parameters cpu-throttle-initial 20 %, cpu-throttle-increment 10 %, max-cpu-throttle 99 %).
 */
public record AutoConverge(boolean enabled, double initial, double increment, double maximum) {

	public static final AutoConverge OFF = new AutoConverge(false, 0.20, 0.10, 0.99);
	public static final AutoConverge QEMU_DEFAULTS = new AutoConverge(true, 0.20, 0.10, 0.99);

	public AutoConverge {
		Checks.fraction(initial, "auto-converge initial throttle");
		Checks.fraction(increment, "auto-converge increment");
		Checks.fraction(maximum, "auto-converge maximum throttle");
	}
}
