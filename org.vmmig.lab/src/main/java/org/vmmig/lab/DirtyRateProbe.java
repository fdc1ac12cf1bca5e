package org.vmmig.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Asks QEMU for the guest's dirty rate the way a user would before migrating it: QMP {@code calc-dirty-rate}
 * (page sampling: QEMU hashes sampled pages at the start and the end of the period and counts those that
 * changed, {@code migration/dirtyrate.c}), then {@code query-dirty-rate} until its status is
 * {@code measured}. The reply is what {@code vmmig workload} reads (docs/calibration-formats.md).
 */
final class DirtyRateProbe {

	/** QEMU's calc-time, in seconds: its own default period (DEFAULT_FETCH_DIRTYRATE_TIME_SEC). */
	static final int CALC_SECONDS = 1;
	/** Pages sampled per GiB: QEMU's default is 512, too few for a 128 MiB guest's 32 MiB working set. */
	static final int SAMPLE_PAGES = 8192;

	private DirtyRateProbe() {
	}

	static JsonNode measure(Qmp qmp) throws LabException {
		ObjectNode arguments = LabJson.object();
		arguments.put("calc-time", CALC_SECONDS);
		arguments.put("sample-pages", SAMPLE_PAGES);
		arguments.put("mode", "page-sampling");
		qmp.execute("calc-dirty-rate", arguments);
		long deadline = System.nanoTime() + (CALC_SECONDS + 10) * 1_000_000_000L;
		while (true) {
			Qmp.sleep(200);
			JsonNode reply = qmp.execute("query-dirty-rate", null);
			if (reply.has("status") && reply.get("status").asText().equals("measured")) {
				return reply;
			}
			if (System.nanoTime() > deadline) {
				throw new LabException("QEMU did not finish calc-dirty-rate within " + (CALC_SECONDS + 10) + " s");
			}
		}
	}
}
