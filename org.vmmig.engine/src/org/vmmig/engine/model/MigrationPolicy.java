package org.vmmig.engine.model;

/**
 * How a VM is to be migrated: the technique and the knobs real hypervisors expose (QEMU migration
 * parameters and capabilities, libvirt flags, OpenStack Nova's live_migration_* options). Build one with
 * {@link #builder()}; what is not set keeps the value of {@link #defaults()}.
 *
 * @param maxRounds                iterative pre-copy rounds before a forced stop-and-copy
 * @param maxDataFactor            stop once this multiple of memory has been sent (0: no limit)
 * @param completionTimeoutPerGiB  seconds allowed per GiB of memory (Nova: 800), 0: no timeout
 * @param streams                  parallel streams (QEMU multifd channels); each brings its own CPU and TCP window
 * @param hybridPreCopyRounds      pre-copy rounds a hybrid migration runs before it switches to post-copy
 *                                 (0: post-copy from the start)
 * @param bandwidthCapBytesPerSecond cap on the migration's bandwidth; {@code <= 0} or infinity: none
 * @param moveStorage              move a local disk with the VM; if not, its I/O crosses the network afterwards
 */
public record MigrationPolicy(Technique technique, double downtimeLimitSeconds, DowntimeSteps downtimeSteps,
		int maxRounds, double maxDataFactor, double completionTimeoutPerGiB, TimeoutAction timeoutAction,
		AutoConverge autoConverge, Compression compression, Xbzrle xbzrle, int streams, boolean zeroPageDetection,
		Encryption encryption, int hybridPreCopyRounds, double bandwidthCapBytesPerSecond, boolean moveStorage) {

	public MigrationPolicy {
		if (technique == null || downtimeSteps == null || timeoutAction == null || autoConverge == null
				|| compression == null || xbzrle == null || encryption == null) {
			throw new IllegalArgumentException("every part of a migration policy must be given");
		}
		Checks.positive(downtimeLimitSeconds, "the downtime limit");
		if (maxRounds < 1) {
			throw new IllegalArgumentException("the round cap must be at least 1, not " + maxRounds);
		}
		Checks.nonNegative(maxDataFactor, "the data cap (multiple of memory)");
		Checks.nonNegative(completionTimeoutPerGiB, "the completion timeout per GiB");
		if (streams < 1) {
			throw new IllegalArgumentException("a migration needs at least 1 stream, not " + streams);
		}
		if (hybridPreCopyRounds < 0) {
			throw new IllegalArgumentException("a hybrid migration's pre-copy rounds must be >= 0, not " + hybridPreCopyRounds);
		}
		if (Double.isNaN(bandwidthCapBytesPerSecond)) {
			throw new IllegalArgumentException("the bandwidth cap must be a number");
		}
	}

	/**
	 * Pre-copy with QEMU's default downtime limit of 300 ms (migrate-set-parameters downtime-limit) and
	 * zero-page detection on; 30 rounds bound a guest that never converges; nothing else enabled.
	 */
	public static MigrationPolicy defaults() {
		return new MigrationPolicy(Technique.PRE_COPY, 0.300, DowntimeSteps.NONE, 30, 0, 0, TimeoutAction.ABORT,
				AutoConverge.OFF, Compression.OFF, Xbzrle.OFF, 1, true, Encryption.DISABLED, 2,
				Double.POSITIVE_INFINITY, true);
	}

	/**
	 * Pre-copy rounds before the switch to post-copy: 1 for post-copy (the first pass, as QEMU and libvirt
	 * users run it), the policy's count for hybrid (0: from the start), none (-1) for pre-copy.
	 */
	public int preCopyRoundsBeforePostCopy() {
		return switch (technique) {
		case PRE_COPY -> -1;
		case POST_COPY -> 1;
		case HYBRID -> hybridPreCopyRounds;
		};
	}

	public static Builder builder() {
		return new Builder(defaults());
	}

	public Builder toBuilder() {
		return new Builder(this);
	}

	/** The bandwidth a migration may use on a path of the given bandwidth. */
	public double usableBandwidth(double pathBytesPerSecond) {
		boolean capped = bandwidthCapBytesPerSecond > 0 && bandwidthCapBytesPerSecond < pathBytesPerSecond;
		return capped ? bandwidthCapBytesPerSecond : pathBytesPerSecond;
	}

	/** Fluent construction; every setter returns the builder. */
	public static final class Builder {
		private Technique technique;
		private double downtimeLimitSeconds;
		private DowntimeSteps downtimeSteps;
		private int maxRounds;
		private double maxDataFactor;
		private double completionTimeoutPerGiB;
		private TimeoutAction timeoutAction;
		private AutoConverge autoConverge;
		private Compression compression;
		private Xbzrle xbzrle;
		private int streams;
		private boolean zeroPageDetection;
		private Encryption encryption;
		private int hybridPreCopyRounds;
		private double bandwidthCap;
		private boolean moveStorage;

		private Builder(MigrationPolicy from) {
			technique = from.technique;
			downtimeLimitSeconds = from.downtimeLimitSeconds;
			downtimeSteps = from.downtimeSteps;
			maxRounds = from.maxRounds;
			maxDataFactor = from.maxDataFactor;
			completionTimeoutPerGiB = from.completionTimeoutPerGiB;
			timeoutAction = from.timeoutAction;
			autoConverge = from.autoConverge;
			compression = from.compression;
			xbzrle = from.xbzrle;
			streams = from.streams;
			zeroPageDetection = from.zeroPageDetection;
			encryption = from.encryption;
			hybridPreCopyRounds = from.hybridPreCopyRounds;
			bandwidthCap = from.bandwidthCapBytesPerSecond;
			moveStorage = from.moveStorage;
		}

		public Builder technique(Technique value) { technique = value; return this; }
		public Builder downtimeLimitSeconds(double value) { downtimeLimitSeconds = value; return this; }
		public Builder downtimeSteps(DowntimeSteps value) { downtimeSteps = value; return this; }
		public Builder maxRounds(int value) { maxRounds = value; return this; }
		public Builder maxDataFactor(double value) { maxDataFactor = value; return this; }
		public Builder completionTimeout(double secondsPerGiB, TimeoutAction action) {
			completionTimeoutPerGiB = secondsPerGiB;
			timeoutAction = action;
			return this;
		}
		public Builder autoConverge(AutoConverge value) { autoConverge = value; return this; }
		public Builder compression(Compression value) { compression = value; return this; }
		public Builder xbzrle(Xbzrle value) { xbzrle = value; return this; }
		public Builder streams(int value) { streams = value; return this; }
		public Builder zeroPageDetection(boolean value) { zeroPageDetection = value; return this; }
		public Builder encryption(Encryption value) { encryption = value; return this; }
		public Builder hybridPreCopyRounds(int value) { hybridPreCopyRounds = value; return this; }
		public Builder bandwidthCapBytesPerSecond(double value) { bandwidthCap = value; return this; }
		public Builder moveStorage(boolean value) { moveStorage = value; return this; }

		public MigrationPolicy build() {
			return new MigrationPolicy(technique, downtimeLimitSeconds, downtimeSteps, maxRounds, maxDataFactor,
					completionTimeoutPerGiB, timeoutAction, autoConverge, compression, xbzrle, streams,
					zeroPageDetection, encryption, hybridPreCopyRounds, bandwidthCap, moveStorage);
		}
	}
}
