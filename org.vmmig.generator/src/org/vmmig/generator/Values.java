package org.vmmig.generator;

import java.util.Locale;

import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;

/** A policy's values in the units the targets' tools take. */
public final class Values {

	private static final double MIB = 1024.0 * 1024;

	private Values() {
	}

	/** Milliseconds, rounded: virsh migrate-setmaxdowntime and nova.conf live_migration_downtime take them. */
	public static long millis(double seconds) {
		return Math.round(seconds * 1000);
	}

	/** MiB/s, rounded down and at least 1 (a cap is never raised): virsh --bandwidth, live_migration_bandwidth. */
	public static long mibPerSecond(double bytesPerSecond) {
		return Math.max(1, (long) Math.floor(bytesPerSecond / MIB));
	}

	/** Whether the policy caps the migration's bandwidth. */
	public static boolean capped(MigrationPolicy p) {
		return p.bandwidthCapBytesPerSecond() > 0 && Double.isFinite(p.bandwidthCapBytesPerSecond());
	}

	/** A share as a whole percentage: virsh --auto-converge-initial and -increment take them. */
	public static long percent(double fraction) {
		return Math.round(fraction * 100);
	}

	/** Whole seconds, rounded up (a timeout is never shortened). */
	public static long wholeSeconds(double seconds) {
		return (long) Math.ceil(seconds - 1e-9);
	}

	/** Seconds with one decimal, for comments: "12.3". */
	public static String seconds(double seconds) {
		return String.format(Locale.ROOT, "%.1f", seconds);
	}

	/** Bytes in whole MiB, for comments and Kubernetes quantities. */
	public static long mib(double bytes) {
		return (long) Math.floor(bytes / MIB);
	}

	public static boolean postCopy(MigrationPolicy p) {
		return p.technique() == Technique.POST_COPY || p.technique() == Technique.HYBRID;
	}

	/** The completion timeout of a move, in whole seconds; 0 when the policy sets none. */
	public static long timeoutSeconds(MigrationPolicy p, Move move) {
		return p.completionTimeoutPerGiB() <= 0 ? 0 : wholeSeconds(p.completionTimeoutPerGiB() * Math.max(1, move.memoryGiB()));
	}

	/** A Kubernetes object name (RFC 1123 label): lower case, '-' for anything else. */
	public static String dnsLabel(String name) {
		String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
		return label.length() > 63 ? label.substring(0, 63).replaceAll("-+$", "") : label;
	}
}
