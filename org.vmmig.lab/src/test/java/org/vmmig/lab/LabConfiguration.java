package org.vmmig.lab;

import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;

/** One configuration of the accuracy set: a named guest and policy. */
record LabConfiguration(String name, GuestSpec guest, MigrationPolicy policy, String purpose) {

	static final long MIB = 1024 * 1024;

	/** A builder-like shorthand: memory, working set, fill in MiB; rate and cap in MiB/s; limit in ms. */
	static LabConfiguration of(String name, String purpose, int memoryMiB, int workingSetMiB, double rateMiBps,
			int fillMiB, GuestSpec.Pace pace, double capMiBps, int limitMs, MigrationPolicy.Builder extra) {
		GuestSpec guest = new GuestSpec(memoryMiB * MIB, workingSetMiB * MIB, rateMiBps * MIB, fillMiB * MIB, pace);
		MigrationPolicy policy = extra.bandwidthCapBytesPerSecond(capMiBps > 0 ? capMiBps * MIB : Double.POSITIVE_INFINITY)
				.downtimeLimitSeconds(limitMs / 1000.0).build();
		return new LabConfiguration(name, guest, policy, purpose);
	}

	static MigrationPolicy.Builder preCopy() {
		return MigrationPolicy.builder();
	}

	static MigrationPolicy.Builder preCopy(int maxRounds) {
		return MigrationPolicy.builder().maxRounds(maxRounds);
	}

	/**
	 * Auto-converge with a round cap of 100: the lab counts QEMU's dirty-sync-count as passes, and QEMU syncs
	 * several times per pass near the end, so the default cap of 30 forced auto-converge runs that were
	 * converging (the verdict then measured the mapping, not the migration).
	 */
	static MigrationPolicy.Builder autoConverge() {
		return MigrationPolicy.builder().autoConverge(AutoConverge.QEMU_DEFAULTS).maxRounds(100);
	}

	/** Post-copy as QEMU users run it: the first pass, then migrate-start-postcopy (docs/decisions/0004). */
	static MigrationPolicy.Builder postCopy() {
		return MigrationPolicy.builder().technique(Technique.POST_COPY);
	}

	/** Post-copy after this many pre-copy passes; 0: from the start. */
	static MigrationPolicy.Builder hybrid(int passes) {
		return MigrationPolicy.builder().technique(Technique.HYBRID).hybridPreCopyRounds(passes);
	}

	static MigrationPolicy.Builder multifd(int streams) {
		return MigrationPolicy.builder().streams(streams);
	}
}
