package org.vmmig.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code kubectl get nodes,vmi -A -o json}: a v1 List of Nodes (hosts: memory and CPUs of their capacity)
 * and KubeVirt VirtualMachineInstances (VMs: guest memory, cores, the node they run on).
 */
public final class KubevirtExport {

	private static final String EXPECTED = "the output of 'kubectl get nodes,vmi -o json' (a v1 List of Node and VirtualMachineInstance)";
	private static final Set<String> VMI_VERSIONS = Set.of("kubevirt.io/v1", "kubevirt.io/v1alpha3");

	private KubevirtExport() {
	}

	public static Estate read(Path file) throws ImportException, IOException {
		JsonNode root = JsonExports.read(file, EXPECTED);
		if (!root.isObject() || !"List".equals(JsonExports.string(root, "kind"))
				|| !root.has("items") || !root.get("items").isArray()) {
			throw new ImportException(file + ": expected " + EXPECTED + ", found " + describe(root));
		}
		if (!"v1".equals(JsonExports.string(root, "apiVersion"))) {
			throw new ImportException(file + ": expected a List of apiVersion v1, found apiVersion '"
					+ JsonExports.string(root, "apiVersion") + "'");
		}
		Estate estate = new Estate();
		int index = 0;
		for (JsonNode item : root.get("items")) {
			read(file, index++, item, estate);
		}
		if (estate.hosts().isEmpty()) {
			throw new ImportException(file + ": expected " + EXPECTED + ", found no Node (was it 'kubectl get vmi' only?)");
		}
		estate.unknown("the network between the nodes (kubectl does not export it): the placeholder network below has no bandwidth");
		estate.unknown("each node's NIC speed (kubectl does not export it)");
		estate.unknown("the VMs' dirty rates (KubeVirt does not export them)");
		return estate;
	}

	private static void read(Path file, int index, JsonNode item, Estate estate) throws ImportException {
		if (!item.isObject()) {
			throw new ImportException(file + ": items[" + index + "] should be an object");
		}
		String kind = JsonExports.string(item, "kind");
		String name = JsonExports.string(item, "metadata", "name");
		if ("Node".equals(kind)) {
			double memory = JsonExports.kubernetesBytes(JsonExports.string(item, "status", "capacity", "memory"));
			String cpu = JsonExports.string(item, "status", "capacity", "cpu");
			estate.add(new Estate.Host(name, Math.max(0, memory), cpu == null || !cpu.matches("\\d+") ? 0 : Integer.parseInt(cpu), 0));
		} else if ("VirtualMachineInstance".equals(kind)) {
			String version = JsonExports.string(item, "apiVersion");
			if (!VMI_VERSIONS.contains(version)) {
				throw new ImportException(file + ": items[" + index + "] (" + name + ") is a VirtualMachineInstance of apiVersion '"
						+ version + "'; expected one of " + List.copyOf(VMI_VERSIONS).stream().sorted().toList());
			}
			String node = JsonExports.string(item, "status", "nodeName");
			if (node == null) {
				return; // not scheduled: not running anywhere, nothing to migrate
			}
			String guest = JsonExports.string(item, "spec", "domain", "memory", "guest");
			if (guest == null) {
				guest = JsonExports.string(item, "spec", "domain", "resources", "requests", "memory");
			}
			JsonNode cores = JsonExports.member(item, "spec", "domain", "cpu", "cores");
			if (cores != null && !cores.canConvertToInt()) {
				throw new ImportException(file + ": items[" + index + "] (" + name + "): spec.domain.cpu.cores should be a whole number, found " + cores);
			}
			estate.add(new Estate.Vm(name, node, Math.max(0, JsonExports.kubernetesBytes(guest)),
					cores == null ? 1 : cores.intValue(), -1, Estate.Storage.NOT_SAID, -1));
		} else {
			throw new ImportException(file + ": items[" + index + "] is a " + kind + "; expected " + EXPECTED);
		}
	}

	private static String describe(JsonNode root) {
		if (root.isObject()) {
			String kind = JsonExports.string(root, "kind");
			return kind == null ? "an object without 'kind'" : "a " + kind;
		}
		return root.isArray() ? "a JSON array" : "'" + root + "'";
	}
}
