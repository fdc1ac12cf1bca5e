package org.vmmig.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the openstack client's JSON: {@code openstack hypervisor list --long -f json} (hosts),
 * {@code openstack server list --long -f json} (servers and their hosts) and, optionally,
 * {@code openstack flavor list --long -f json} (the servers' memory and vCPUs, by flavor). Each file is told apart
 * by its columns, in any order.
 */
public final class OpenstackExport {

	private static final String HYPERVISORS = "the output of 'openstack hypervisor list --long -f json'";
	private static final String SERVERS = "the output of 'openstack server list --long -f json'";
	private static final String FLAVORS = "the output of 'openstack flavor list --long -f json'";

	private OpenstackExport() {
	}

	public static Estate read(List<Path> files) throws ImportException, IOException {
		List<JsonNode> hypervisors = null;
		List<JsonNode> servers = null;
		Map<String, JsonNode> flavors = new HashMap<>();
		for (Path file : files) {
			List<JsonNode> rows = rows(file);
			if (rows.isEmpty()) {
				throw new ImportException(file + ": an empty list; expected " + HYPERVISORS + " or " + SERVERS);
			}
			JsonNode first = rows.get(0);
			if (first.has("Hypervisor Hostname")) {
				numbers(file, rows, false, "Memory MB", "vCPUs");
				hypervisors = rows;
			} else if (first.has("Flavor Name") && first.has("Host")) {
				servers = rows;
			} else if (first.has("RAM") && first.has("VCPUs")) {
				numbers(file, rows, true, "RAM", "VCPUs");
				rows.forEach(r -> flavors.put(JsonExports.string(r, "Name"), r));
			} else if (first.has("Flavor Name") || first.has("Flavor")) {
				throw new ImportException(file + ": a server list without the 'Host' column; expected " + SERVERS
						+ " (--long, as an administrator)");
			} else {
				List<String> columns = new java.util.ArrayList<>();
				first.fieldNames().forEachRemaining(columns::add);
				throw new ImportException(file + ": expected " + HYPERVISORS + ", " + SERVERS + " or " + FLAVORS
						+ ", found columns " + columns);
			}
		}
		if (hypervisors == null || servers == null) {
			throw new ImportException("an OpenStack import needs " + HYPERVISORS + " and " + SERVERS + "; missing: "
					+ (hypervisors == null ? "the hypervisor list" : "the server list"));
		}
		return estate(hypervisors, servers, flavors);
	}

	private static Estate estate(List<JsonNode> hypervisors, List<JsonNode> servers, Map<String, JsonNode> flavors) {
		Estate estate = new Estate();
		for (JsonNode h : hypervisors) {
			String memory = JsonExports.string(h, "Memory MB");
			String cpus = JsonExports.string(h, "vCPUs");
			estate.add(new Estate.Host(hostName(JsonExports.string(h, "Hypervisor Hostname")),
					memory == null ? 0 : number(h, "Memory MB") * 1024 * 1024,
					cpus == null ? 0 : (int) number(h, "vCPUs"), 0));
			if (memory == null) {
				estate.unknown("the memory of hypervisor " + JsonExports.string(h, "Hypervisor Hostname")
						+ " (compute API 2.88 and later leave it out: use an earlier --os-compute-api-version)");
			}
		}
		for (JsonNode s : servers) {
			if (!"ACTIVE".equals(JsonExports.string(s, "Status"))) {
				continue; // only running servers live-migrate
			}
			String name = JsonExports.string(s, "Name");
			JsonNode flavor = flavors.get(JsonExports.string(s, "Flavor Name"));
			if (flavor == null) {
				estate.unknown("the memory of " + name + " (give 'openstack flavor list --long -f json' as well)");
			}
			double memory = flavor == null ? 0 : number(flavor, "RAM") * 1024 * 1024;
			int vcpus = flavor == null ? 0 : (int) number(flavor, "VCPUs");
			estate.add(new Estate.Vm(name, hostName(JsonExports.string(s, "Host")), memory, vcpus, -1, Estate.Storage.UNKNOWN, -1));
		}
		estate.unknown("the network between the hypervisors (the openstack client does not export it): the placeholder network below has no bandwidth");
		estate.unknown("each hypervisor's NIC speed (not exported)");
		estate.unknown("the servers' dirty rates and whether their disks are local (not exported): 'dirty-rate unknown' and 'storage unknown' below");
		return estate;
	}

	/** Refuses a list whose number columns hold something else than numbers (the client prints numbers, or their text). */
	private static void numbers(Path file, List<JsonNode> rows, boolean required, String... columns) throws ImportException {
		for (int i = 0; i < rows.size(); i++) {
			for (String column : columns) {
				JsonNode value = JsonExports.member(rows.get(i), column);
				if (value == null ? required : !isNumber(value)) {
					throw new ImportException(file + ": row " + (i + 1) + ": '" + column + "' should be a number, found "
							+ rows.get(i).get(column));
				}
			}
		}
	}

	private static boolean isNumber(JsonNode value) {
		try {
			return value.isNumber() || value.isTextual() && Double.isFinite(Double.parseDouble(value.textValue()));
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static double number(JsonNode row, String column) {
		return Double.parseDouble(JsonExports.string(row, column));
	}

	/** Nova names a server's host by its service host name; the hypervisor list by its FQDN: keep the first label. */
	private static String hostName(String name) {
		return name == null ? "unknown_host" : name.split("\\.")[0];
	}

	private static List<JsonNode> rows(Path file) throws ImportException, IOException {
		JsonNode root = JsonExports.read(file, HYPERVISORS + " or " + SERVERS);
		if (!root.isArray()) {
			throw new ImportException(file + ": expected " + HYPERVISORS + " or " + SERVERS + " (a JSON array of rows), found "
					+ (root.isObject() ? "an object" : "'" + root + "'"));
		}
		List<JsonNode> rows = new java.util.ArrayList<>();
		for (JsonNode row : root) {
			if (!row.isObject()) {
				throw new ImportException(file + ": expected rows (JSON objects), found '" + row + "'");
			}
			rows.add(row);
		}
		return rows;
	}
}
