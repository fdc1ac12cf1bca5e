package org.vmmig.engine.cost;

import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * How many bytes memory takes on the wire and how long sending it takes, given the path, the policy's data
 * reduction (zero pages, XBZRLE, compression) and the CPU ceilings of compression and encryption.
 */
final class WireModel {

	/** QEMU sends pages of 4 KiB, each behind an 8-byte header; a zero page is the header plus one byte (migration/ram.c). */
	static final double PAGE = 4096;
	static final double HEADER = 8;
	static final double ZERO_PAGE_WIRE = HEADER + 1;

	/** TCP maximum segment size on Ethernet (1500-byte MTU). */
	static final double MSS = 1460;
	/** Linux's default ceiling of TCP receive-window auto-tuning (net.ipv4.tcp_rmem max, 6 MiB). */
	static final double TCP_WINDOW = 6 * 1024 * 1024;
	/** The constant of Mathis et al.'s TCP throughput bound, sqrt(3/2) (CCR 1997). */
	static final double MATHIS_C = Math.sqrt(1.5);

	private final MigrationPolicy policy;
	private final double wireBandwidth;
	private final double xbzrleHitRate;

	private final double roundOverhead;
	/** The bandwidth of the stop-and-copy: the path's, without the policy's cap (see switchoverSeconds). */
	private final double switchoverBandwidth;
	private final double switchoverFixed;

	WireModel(VmProfile vm, MigrationPath path, MigrationPolicy policy, Calibration calibration,
			double reservedBytesPerSecond) {
		this.policy = policy;
		this.wireBandwidth = wireBandwidth(path, policy) * calibration.bandwidthEfficiency() - reservedBytesPerSecond;
		this.roundOverhead = calibration.roundOverheadSeconds();
		this.switchoverBandwidth = Math.max(wireBandwidth,
				linkBandwidth(path, policy) * calibration.bandwidthEfficiency() - reservedBytesPerSecond);
		this.switchoverFixed = calibration.switchoverSeconds();
		this.xbzrleHitRate = !policy.xbzrle().enabled() || vm.writableWorkingSetBytes() == 0 ? 0
				: Math.min(1, policy.xbzrle().cacheBytes() / vm.writableWorkingSetBytes());
	}

	/**
	 * The bandwidth the migration gets: the path's bottleneck, the policy's cap, and per stream TCP's
	 * window limit (window / RTT) and loss limit (Mathis: MSS / RTT · C / √p).
	 */
	static double wireBandwidth(MigrationPath path, MigrationPolicy policy) {
		double bandwidth = policy.usableBandwidth(path.bandwidthBytesPerSecond());
		if (path.rttSeconds() > 0) {
			bandwidth = Math.min(bandwidth, policy.streams() * TCP_WINDOW / path.rttSeconds());
			if (path.lossRate() > 0) {
				double mathis = MSS / path.rttSeconds() * MATHIS_C / Math.sqrt(path.lossRate());
				bandwidth = Math.min(bandwidth, policy.streams() * mathis);
			}
		}
		return bandwidth;
	}

	/** As {@link #wireBandwidth(MigrationPath, MigrationPolicy)}, but without the policy's bandwidth cap. */
	static double linkBandwidth(MigrationPath path, MigrationPolicy policy) {
		return wireBandwidth(path, policy.toBuilder().bandwidthCapBytesPerSecond(Double.POSITIVE_INFINITY).build());
	}

	double wireBandwidth() {
		return wireBandwidth;
	}

	/** Fixed cost of every pre-copy round and of the stop-and-copy (from calibration; 0 by default). */
	double roundOverhead() {
		return roundOverhead;
	}

	/** Wire bytes of the first full copy: zero pages cost a header, the rest is compressed. */
	double firstCopyWireBytes(double memoryBytes, double zeroPageShare) {
		double zero = policy.zeroPageDetection() ? memoryBytes * zeroPageShare : 0;
		double data = memoryBytes - zero;
		return data * (PAGE + HEADER) / PAGE / policy.compression().ratio() + zero / PAGE * ZERO_PAGE_WIRE;
	}

	/** Wire bytes of re-sent dirty pages: XBZRLE cache hits go as deltas, misses are compressed. */
	double resendWireBytes(double memoryBytes) {
		double perByte = xbzrleHitRate * policy.xbzrle().deltaRatio()
				+ (1 - xbzrleHitRate) / policy.compression().ratio();
		return memoryBytes * (PAGE + HEADER) / PAGE * perByte;
	}

	/**
	 * The most re-sent memory a round moves within {@code seconds} at the iteration's speed while
	 * {@code extraBytes} (device state) share that time: the inverse of {@link #seconds(double, double)} for
	 * re-sent pages. With the downtime limit it is QEMU's {@code threshold_size} in memory bytes.
	 */
	double resendableWithin(double seconds, double extraBytes) {
		double wirePerByte = resendWireBytes(1);
		double bytes = (seconds * wireBandwidth - extraBytes) / wirePerByte;
		if (policy.compression().enabled()) {
			bytes = Math.min(bytes, seconds * policy.compression().bytesPerSecondPerCore() * policy.streams() - extraBytes);
		}
		if (policy.encryption().encrypts()) {
			bytes = Math.min(bytes,
					(seconds * policy.encryption().bytesPerSecondPerCore() * policy.streams() - extraBytes) / wirePerByte);
		}
		return Math.max(0, bytes);
	}

	/** Time to move {@code memoryBytes} that take {@code wireBytes} on the wire: link or CPU, whichever is slower. */
	double seconds(double memoryBytes, double wireBytes) {
		double seconds = wireBytes / wireBandwidth;
		if (policy.compression().enabled()) {
			seconds = Math.max(seconds, memoryBytes / (policy.compression().bytesPerSecondPerCore() * policy.streams()));
		}
		if (policy.encryption().encrypts()) {
			seconds = Math.max(seconds, wireBytes / (policy.encryption().bytesPerSecondPerCore() * policy.streams()));
		}
		return seconds;
	}

	/**
	 * The pause of a stop-and-copy that sends {@code memoryBytes} ({@code wireBytes} on the wire): at the
	 * path's speed, not at the policy's cap, plus the fixed cost of the switchover. QEMU lifts the rate
	 * limit for the final copy: {@code ram_save_complete()} in {@code migration/ram.c} sends every remaining
	 * page "regardless of rate limiting", and {@code max-bandwidth} bounds only the iterations. The lab
	 * measured it: with a 64 MiB/s cap, 18 MiB of final copy took 14 ms (docs/accuracy.md). The CPU
	 * ceilings of compression and encryption still apply.
	 */
	double switchoverSeconds(double memoryBytes, double wireBytes) {
		double seconds = wireBytes / switchoverBandwidth;
		if (policy.compression().enabled()) {
			seconds = Math.max(seconds, memoryBytes / (policy.compression().bytesPerSecondPerCore() * policy.streams()));
		}
		if (policy.encryption().encrypts()) {
			seconds = Math.max(seconds, wireBytes / (policy.encryption().bytesPerSecondPerCore() * policy.streams()));
		}
		return seconds + switchoverFixed;
	}

	/** Host CPU (core-seconds) to compress and encrypt this much. */
	double cpuCoreSeconds(double memoryBytes, double wireBytes) {
		double seconds = 0;
		if (policy.compression().enabled()) {
			seconds += memoryBytes / policy.compression().bytesPerSecondPerCore();
		}
		if (policy.encryption().encrypts()) {
			seconds += wireBytes / policy.encryption().bytesPerSecondPerCore();
		}
		return seconds;
	}
}
