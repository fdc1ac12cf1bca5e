package org.vmmig.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

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
		List<JsonObject> hypervisors = null;
		List<JsonObject> servers = null;
		Map<String, JsonObject> flavors = new HashMap<>();
		for (Path file : files) {
			List<JsonObject> rows = rows(file);
			if (rows.isEmpty()) {
				throw new ImportException(file + ": an empty list; expected " + HYPERVISORS + " or " + SERVERS);
			}
			JsonObject first = rows.get(0);
			if (first.has("Hypervisor Hostname")) {
				hypervisors = rows;
			} else if (first.has("Flavor Name") && first.has("Host")) {
				servers = rows;
			} else if (first.has("RAM") && first.has("VCPUs")) {
				rows.forEach(r -> flavors.put(JsonExports.string(r, "Name"), r));
			} else if (first.has("Flavor Name") || first.has("Flavor")) {
				throw new ImportException(file + ": a server list without the 'Host' column; expected " + SERVERS
						+ " (--long, as an administrator)");
			} else {
				throw new ImportException(file + ": expected " + HYPERVISORS + ", " + SERVERS + " or " + FLAVORS
						+ ", found columns " + first.keySet());
			}
		}
		if (hypervisors == null || servers == null) {
			throw new ImportException("an OpenStack import needs " + HYPERVISORS + " and " + SERVERS + "; missing: "
					+ (hypervisors == null ? "the hypervisor list" : "the server list"));
		}
		return estate(hypervisors, servers, flavors);
	}

	private static Estate estate(List<JsonObject> hypervisors, List<JsonObject> servers, Map<String, JsonObject> flavors) {
		Estate estate = new Estate();
		for (JsonObject h : hypervisors) {
			String memory = JsonExports.string(h, "Memory MB");
			String cpus = JsonExports.string(h, "vCPUs");
			estate.add(new Estate.Host(hostName(JsonExports.string(h, "Hypervisor Hostname")),
					memory == null ? 0 : Double.parseDouble(memory) * 1024 * 1024,
					cpus == null ? 0 : (int) Double.parseDouble(cpus), 0));
			if (memory == null) {
				estate.unknown("the memory of hypervisor " + JsonExports.string(h, "Hypervisor Hostname")
						+ " (compute API 2.88 and later leave it out: use an earlier --os-compute-api-version)");
			}
		}
		for (JsonObject s : servers) {
			if (!"ACTIVE".equals(JsonExports.string(s, "Status"))) {
				continue; // only running servers live-migrate
			}
			String name = JsonExports.string(s, "Name");
			JsonObject flavor = flavors.get(JsonExports.string(s, "Flavor Name"));
			if (flavor == null) {
				estate.unknown("the memory of " + name + " (give 'openstack flavor list --long -f json' as well)");
			}
			double memory = flavor == null ? 0 : Double.parseDouble(JsonExports.string(flavor, "RAM")) * 1024 * 1024;
			int vcpus = flavor == null ? 0 : (int) Double.parseDouble(JsonExports.string(flavor, "VCPUs"));
			estate.add(new Estate.Vm(name, hostName(JsonExports.string(s, "Host")), memory, vcpus, -1, Estate.Storage.UNKNOWN, -1));
		}
		estate.unknown("the network between the hypervisors (the openstack client does not export it): the placeholder network below has no bandwidth");
		estate.unknown("each hypervisor's NIC speed (not exported)");
		estate.unknown("the servers' dirty rates and whether their disks are local (not exported): 'dirty-rate unknown' and 'storage unknown' below");
		return estate;
	}

	/** Nova names a server's host by its service host name; the hypervisor list by its FQDN: keep the first label. */
	private static String hostName(String name) {
		return name == null ? "unknown_host" : name.split("\\.")[0];
	}

	private static List<JsonObject> rows(Path file) throws ImportException, IOException {
		JsonElement root = JsonExports.read(file, HYPERVISORS + " or " + SERVERS);
		if (!root.isJsonArray()) {
			throw new ImportException(file + ": expected " + HYPERVISORS + " or " + SERVERS + " (a JSON array of rows), found "
					+ (root.isJsonObject() ? "an object" : "'" + root + "'"));
		}
		List<JsonObject> rows = new java.util.ArrayList<>();
		for (JsonElement row : root.getAsJsonArray()) {
			if (!row.isJsonObject()) {
				throw new ImportException(file + ": expected rows (JSON objects), found '" + row + "'");
			}
			rows.add(row.getAsJsonObject());
		}
		return rows;
	}
}
