package org.vmmig.engine.model;

/**
 * Compression of memory pages before they go on the wire: {@code ratio} bytes of memory per byte sent, at
 * {@code bytesPerSecondPerCore} of memory per compression thread (QEMU multifd-compression zlib/zstd).
 */
public record Compression(boolean enabled, double ratio, double bytesPerSecondPerCore) {

	public static final Compression OFF = new Compression(false, 1, Double.POSITIVE_INFINITY);

	public Compression {
		if (!(ratio >= 1)) {
			throw new IllegalArgumentException("compression ratio must be >= 1, not " + ratio);
		}
		if (!(bytesPerSecondPerCore > 0)) {
			throw new IllegalArgumentException("compression speed must be > 0 bytes/s, not " + bytesPerSecondPerCore);
		}
	}
}
