package org.vmmig.lab;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of a final {@code query-migrate} reply in SI base units, as the accuracy comparison uses them.
 *
 * @param downtimeValid false when QEMU's downtime cannot be a pause: QEMU 7.2 reports, after a post-copy
 *                      migration, a clock reading (longer than the whole migration) instead of the pause
 * @param converged     the migration completed without the lab forcing its stop-and-copy
 */
public record Measured(String status, double totalSeconds, double downtimeSeconds, boolean downtimeValid,
		double bytesTransferred, double memoryBytes, double zeroPageShare, int dirtySyncCount, boolean converged) {

	static Measured of(JsonNode reply, boolean forced) {
		String status = reply.has("status") ? reply.get("status").asText() : "none";
		double total = number(reply, "total-time") / 1000;
		double downtime = number(reply, "downtime") / 1000;
		JsonNode ram = reply.path("ram");
		double memory = number(ram, "total");
		double page = ram.has("page-size") ? number(ram, "page-size") : 4096;
		// zero pages: QEMU counts every zero page it sent as "duplicate"; a fresh guest's zero pages are sent
		// once, in the first pass, so duplicate / total is the share of its memory that was zero
		double zero = memory > 0 ? Math.min(1, number(ram, "duplicate") * page / memory) : 0;
		boolean completed = status.equals("completed");
		return new Measured(status, total, downtime, completed && downtime <= total, number(ram, "transferred"), memory,
				zero, (int) number(ram, "dirty-sync-count"), completed && !forced);
	}

	private static double number(JsonNode object, String member) {
		return object.has(member) && object.get(member).isValueNode() ? object.get(member).asDouble() : 0;
	}
}
