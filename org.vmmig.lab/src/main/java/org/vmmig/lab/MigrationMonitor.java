package org.vmmig.lab;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Polls {@code query-migrate} on the source every {@value LabRun#POLL_MS} ms until the migration ends,
 * and does what QEMU does not do by itself (see {@link QemuKnobs}): switches to post-copy after the
 * policy's pre-copy passes, forces the stop-and-copy at its round or data cap, cancels it at the timeout.
 * Keeps every reply (the run's trace) and what it did (its events).
 */
final class MigrationMonitor {
	private final Qmp qmp;
	private final QemuKnobs knobs;
	private final double memoryBytes;
	private final Duration timeout;
	private final PrintWriter progress;
	private final List<LabResult.TracePoint> trace = new ArrayList<>();
	private final List<String> events = new ArrayList<>();
	private boolean forced;
	private boolean postCopyStarted;

	MigrationMonitor(Qmp qmp, QemuKnobs knobs, double memoryBytes, Duration timeout, PrintWriter progress) {
		this.qmp = qmp;
		this.knobs = knobs;
		this.memoryBytes = memoryBytes;
		this.timeout = timeout;
		this.progress = progress;
	}

	JsonNode run() throws LabException {
		long start = System.nanoTime();
		int lastSyncs = 0;
		while (true) {
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			JsonNode reply = qmp.execute("query-migrate", null);
			trace.add(new LabResult.TracePoint(elapsed, reply));
			String status = reply.has("status") ? reply.get("status").asText() : "none";
			if (status.equals("completed") || status.equals("failed") || status.equals("cancelled")) {
				return reply;
			}
			int syncs = 0;
			double sent = 0;
			if (reply.has("ram")) {
				JsonNode ram = reply.get("ram");
				syncs = ram.has("dirty-sync-count") ? ram.get("dirty-sync-count").asInt() : 0;
				sent = ram.has("transferred") ? ram.get("transferred").asDouble() : 0;
			}
			if (syncs != lastSyncs && syncs > 1) {
				progress.printf("lab:   pass %d at %.1f s%n", syncs - 1, elapsed / 1000.0);
			}
			lastSyncs = syncs;
			if (status.equals("active")) {
				act(elapsed, syncs, sent);
			}
			if (elapsed > timeout.toMillis()) {
				qmp.execute("migrate_cancel", null);
				throw new LabException("the migration did not end within " + timeout.toSeconds()
						+ " s; the lab cancelled it (raise --timeout, or lower the round cap)");
			}
			Qmp.sleep(LabRun.POLL_MS);
		}
	}

	/** Pass i of vmmig runs while dirty-sync-count is i + 1: "after N passes" is a count above N. */
	private void act(long elapsed, int syncs, double sent) throws LabException {
		if (knobs.postCopyAfterPasses() >= 0 && !postCopyStarted && syncs > knobs.postCopyAfterPasses()) {
			qmp.execute("migrate-start-postcopy", null);
			postCopyStarted = true;
			events.add(elapsed + " ms: migrate-start-postcopy after " + (syncs - 1) + " pass(es)");
			progress.printf("lab:   post-copy at %.1f s%n", elapsed / 1000.0);
			return;
		}
		boolean roundCap = syncs > knobs.maxRounds();
		boolean dataCap = knobs.maxDataFactor() > 0 && sent >= knobs.maxDataFactor() * memoryBytes;
		if (!forced && !postCopyStarted && (roundCap || dataCap)) {
			ObjectNode stop = LabJson.object();
			stop.put("downtime-limit", QemuKnobs.FORCE_DOWNTIME_MS);
			qmp.execute("migrate-set-parameters", stop);
			forced = true;
			String why = roundCap ? "round cap of " + knobs.maxRounds() : "data cap of " + knobs.maxDataFactor() + "x memory";
			events.add(elapsed + " ms: forced stop-and-copy (" + why + "): downtime-limit raised to "
					+ QemuKnobs.FORCE_DOWNTIME_MS + " ms");
			progress.printf("lab:   forcing the stop-and-copy at %.1f s (%s)%n", elapsed / 1000.0, why);
		}
	}

	List<LabResult.TracePoint> trace() {
		return trace;
	}

	List<String> events() {
		return events;
	}

	boolean forced() {
		return forced;
	}

	boolean postCopyStarted() {
		return postCopyStarted;
	}
}
