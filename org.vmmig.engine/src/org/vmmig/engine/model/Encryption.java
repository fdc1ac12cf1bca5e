package org.vmmig.engine.model;

/**
 * Encryption of the migration stream (QEMU TLS): costs CPU per byte, which caps throughput at
 * {@code bytesPerSecondPerCore} per stream, and a handshake before the first byte.
 */
public record Encryption(Mode mode, double bytesPerSecondPerCore, boolean mutualAuthentication) {

	public enum Mode {
		DISABLED, OPPORTUNISTIC, REQUIRED
	}

	/**
	 * Default cipher throughput per core (1 GB/s): a conservative figure for TLS with AES-GCM on AES-NI
	 * hardware, where raw AES-GCM reaches several GB/s per core but record framing and copies cost more.
	 * Calibrate it with measured migrations.
	 */
	public static final double DEFAULT_BYTES_PER_SECOND_PER_CORE = 1e9;

	public static final Encryption DISABLED = new Encryption(Mode.DISABLED, DEFAULT_BYTES_PER_SECOND_PER_CORE, false);

	public Encryption {
		if (mode == null) {
			throw new IllegalArgumentException("encryption needs a mode");
		}
		if (!(bytesPerSecondPerCore > 0)) {
			throw new IllegalArgumentException("cipher speed must be > 0 bytes/s, not " + bytesPerSecondPerCore);
		}
	}

	public boolean encrypts() {
		return mode != Mode.DISABLED;
	}
}
