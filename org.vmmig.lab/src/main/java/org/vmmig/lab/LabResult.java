package org.vmmig.lab;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.vmmig.engine.model.MigrationPolicy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One migration the lab ran: what was asked (guest, policy, the QEMU knobs it became), where it ran, every
 * {@code query-migrate} reply polled while it ran and the final one, what the lab did on the way (forced
 * stop-and-copy, switch to post-copy) and what the guest reported it achieved.
 *
 * @param rateBefore  dirty rate the guest achieved in the 1.5 s before the migration started (bytes/s)
 * @param rateDuring  ... while it was migrated, on the source (NaN when it reported none)
 * @param rateAfter   ... at the destination afterwards (NaN when it reported none)
 */
public record LabResult(String name, GuestSpec guest, MigrationPolicy policy, QemuKnobs knobs, Accelerator accelerator,
		String qemuVersion, Instant started, List<TracePoint> trace, JsonNode finalReply, boolean forced,
		boolean postCopyStarted, List<String> events, double rateBefore, double rateDuring, double rateAfter,
		boolean destinationRunning, Path directory) {

	/** One polled reply and when it was taken (ms since the migrate command). */
	public record TracePoint(long elapsedMs, JsonNode reply) {
	}

	public LabResult {
		trace = List.copyOf(trace);
		events = List.copyOf(events);
	}

	public Measured measured() {
		return Measured.of(finalReply, forced);
	}
}
