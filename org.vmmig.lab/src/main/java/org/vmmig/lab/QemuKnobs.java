package org.vmmig.lab;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vmmig.engine.model.DowntimeSteps;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A vmmig migration policy as QEMU 7.2's migration capabilities and parameters, plus the two things QEMU
 * does not do by itself and the lab does for it while polling: a round cap (QEMU iterates for ever; the lab
 * forces the stop-and-copy by raising downtime-limit to its maximum, as libvirt and Nova do) and post-copy
 * after N pre-copy passes ({@code migrate-start-postcopy} once QEMU's dirty-sync-count passes N: 1 for
 * post-copy, the policy's rounds for hybrid, 0 — at once — for hybrid with no pre-copy round).
 * Pass i of vmmig (0 = the first full copy) runs while QEMU's dirty-sync-count is i + 1.
 */
record QemuKnobs(Map<String, Boolean> capabilities, ObjectNode parameters, int postCopyAfterPasses, int maxRounds,
		double maxDataFactor) {

	/** QEMU's ceiling for downtime-limit (MAX_MIGRATE_DOWNTIME_SECONDS, 2000 s), in ms: "stop now". */
	static final long FORCE_DOWNTIME_MS = 2_000_000;
	/** "No cap": QEMU's own default is 128 MiB/s (MAX_THROTTLE), so no cap must be said as a huge one. */
	static final long UNLIMITED_BANDWIDTH = 1L << 40;

	static QemuKnobs of(MigrationPolicy policy) throws LabException {
		if (policy.encryption().encrypts()) {
			throw new LabException("vmmig lab does not set up TLS certificates: run the policy with encryption disabled");
		}
		if (!policy.downtimeSteps().equals(DowntimeSteps.NONE)) {
			throw new LabException("vmmig lab does not step the downtime limit (Nova's downtime steps): remove them");
		}
		if (policy.completionTimeoutPerGiB() > 0) {
			throw new LabException("vmmig lab has no completion timeout: remove it from the policy");
		}
		if (!policy.zeroPageDetection()) {
			throw new LabException("QEMU always detects zero pages: the lab cannot turn zero-page detection off");
		}
		Map<String, Boolean> capabilities = new LinkedHashMap<>();
		capabilities.put("auto-converge", policy.autoConverge().enabled());
		capabilities.put("postcopy-ram", policy.technique() != Technique.PRE_COPY);
		capabilities.put("multifd", policy.streams() > 1);
		capabilities.put("compress", policy.compression().enabled());
		capabilities.put("xbzrle", policy.xbzrle().enabled());

		ObjectNode parameters = LabJson.object();
		parameters.put("downtime-limit", Math.max(1, Math.round(policy.downtimeLimitSeconds() * 1000)));
		double cap = policy.bandwidthCapBytesPerSecond();
		long bandwidth = cap > 0 && Double.isFinite(cap) ? Math.round(cap) : UNLIMITED_BANDWIDTH;
		parameters.put("max-bandwidth", bandwidth);
		// QEMU caps post-copy's background push separately (max-postcopy-bandwidth, default 0: unlimited); a
		// vmmig cap is on the whole migration, so it caps the push too
		if (policy.technique() != Technique.PRE_COPY) {
			parameters.put("max-postcopy-bandwidth", bandwidth);
		}
		if (policy.autoConverge().enabled()) {
			parameters.put("cpu-throttle-initial", percent(policy.autoConverge().initial()));
			parameters.put("cpu-throttle-increment", percent(policy.autoConverge().increment()));
			parameters.put("max-cpu-throttle", percent(policy.autoConverge().maximum()));
		}
		if (policy.streams() > 1) {
			parameters.put("multifd-channels", policy.streams());
		}
		if (policy.compression().enabled()) {
			parameters.put("compress-threads", Math.max(1, policy.streams()));
		}
		if (policy.xbzrle().enabled()) {
			parameters.put("xbzrle-cache-size", Math.round(policy.xbzrle().cacheBytes()));
		}
		// post-copy: after the first pass; hybrid: after its rounds, 0 = from the start (docs/decisions/0004)
		int postCopyAfter = policy.preCopyRoundsBeforePostCopy();
		return new QemuKnobs(capabilities, parameters, postCopyAfter, policy.maxRounds(), policy.maxDataFactor());
	}

	private static int percent(double share) {
		return (int) Math.round(share * 100);
	}

	/** The argument of migrate-set-capabilities. */
	ObjectNode capabilitiesArgument() {
		ArrayNode list = LabJson.array();
		capabilities.forEach((name, state) -> {
			ObjectNode capability = LabJson.object();
			capability.put("capability", name);
			capability.put("state", state);
			list.add(capability);
		});
		ObjectNode argument = LabJson.object();
		argument.set("capabilities", list);
		return argument;
	}

	/** The destination needs the capabilities that change the stream's format or its receiving side. */
	ObjectNode destinationCapabilitiesArgument() {
		Map<String, Boolean> destination = new LinkedHashMap<>(capabilities);
		destination.remove("auto-converge");
		destination.remove("xbzrle");
		return new QemuKnobs(destination, parameters, postCopyAfterPasses, maxRounds, maxDataFactor)
				.capabilitiesArgument();
	}

	/** The destination's parameters: the channels it accepts. */
	ObjectNode destinationParameters() {
		ObjectNode destination = LabJson.object();
		if (parameters.has("multifd-channels")) {
			destination.set("multifd-channels", parameters.get("multifd-channels"));
		}
		return destination;
	}
}
