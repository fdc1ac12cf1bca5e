package org.vmmig.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a libvirt estate as scripts/capture-libvirt writes it: a directory per host holding {@code nodeinfo.txt}
 * (virsh nodeinfo), {@code domains/<name>.xml} (virsh dumpxml of each running domain) and optionally
 * {@code domstats.txt} (virsh domstats --raw, with --dirtyrate where libvirt has it).
 */
public final class LibvirtExport {

	/** Exports larger than this are refused unread (a domain XML is a few KiB). */
	private static final long MAX_FILE_BYTES = 16L << 20;
	private static final Pattern NODEINFO_LINE = Pattern.compile("(?m)^([A-Za-z ()]+):\\s+(.*)$");

	private LibvirtExport() {
	}

	public static Estate read(Path directory) throws ImportException, IOException {
		if (!Files.isDirectory(directory)) {
			throw new ImportException(directory + ": expected a directory with one directory per host (scripts/capture-libvirt writes one)");
		}
		Estate estate = new Estate();
		List<Path> hosts;
		try (Stream<Path> entries = Files.list(directory)) {
			hosts = entries.filter(Files::isDirectory).sorted().toList();
		}
		if (hosts.isEmpty()) {
			throw new ImportException(directory + ": expected one directory per host, each with nodeinfo.txt and domains/, found none");
		}
		for (Path host : hosts) {
			readHost(host, estate);
		}
		estate.unknown("the network between the hosts (libvirt does not export it): the placeholder network below has no bandwidth");
		estate.unknown("each host's NIC speed (libvirt does not export it)");
		return estate;
	}

	private static void readHost(Path dir, Estate estate) throws ImportException, IOException {
		String host = dir.getFileName().toString();
		Map<String, String> nodeinfo = nodeinfo(dir.resolve("nodeinfo.txt"));
		double memory = kib(dir.resolve("nodeinfo.txt"), nodeinfo, "Memory size");
		int cpus = integer(dir.resolve("nodeinfo.txt"), nodeinfo, "CPU(s)");
		estate.add(new Estate.Host(host, memory, cpus, 0));
		Map<String, Map<String, String>> stats = domstats(dir.resolve("domstats.txt"));
		Path domains = dir.resolve("domains");
		if (!Files.isDirectory(domains)) {
			return; // a host without running domains
		}
		List<Path> files;
		try (Stream<Path> entries = Files.list(domains)) {
			files = entries.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
		}
		for (Path file : files) {
			estate.add(domain(file, host, stats, estate));
		}
	}

	static Map<String, String> nodeinfo(Path file) throws ImportException, IOException {
		String text = read(file, "the output of 'virsh nodeinfo'");
		Map<String, String> fields = new HashMap<>();
		Matcher m = NODEINFO_LINE.matcher(text);
		while (m.find()) {
			fields.put(m.group(1).trim(), m.group(2).trim());
		}
		if (!fields.containsKey("Memory size") || !fields.containsKey("CPU(s)")) {
			throw new ImportException(file + ": expected the output of 'virsh nodeinfo' (lines 'CPU(s): N' and 'Memory size: N KiB')"
					+ (fields.isEmpty() ? ", found no such line" : ", found only " + String.join(", ", fields.keySet().stream().sorted().toList())));
		}
		return fields;
	}

	private static double kib(Path file, Map<String, String> fields, String key) throws ImportException {
		String value = fields.get(key);
		Matcher m = Pattern.compile("(\\d+) KiB").matcher(value);
		if (!m.matches()) {
			throw new ImportException(file + ": '" + key + "' should be a number of KiB, not '" + value + "'");
		}
		return Double.parseDouble(m.group(1)) * 1024;
	}

	private static int integer(Path file, Map<String, String> fields, String key) throws ImportException {
		try {
			return Integer.parseInt(fields.get(key));
		} catch (NumberFormatException e) {
			throw new ImportException(file + ": '" + key + "' should be a whole number, not '" + fields.get(key) + "'");
		}
	}

	/** virsh domstats --raw: "Domain: 'name'" then "  key=value" lines; empty when the file is absent. */
	static Map<String, Map<String, String>> domstats(Path file) throws ImportException, IOException {
		Map<String, Map<String, String>> stats = new HashMap<>();
		if (!Files.exists(file)) {
			return stats;
		}
		Map<String, String> current = null;
		int line = 0;
		for (String text : read(file, "the output of 'virsh domstats --raw'").split("\n")) {
			line++;
			if (text.isBlank()) {
				continue;
			}
			Matcher domain = Pattern.compile("^Domain: '(.+)'$").matcher(text.trim());
			if (domain.matches()) {
				current = stats.computeIfAbsent(domain.group(1), d -> new HashMap<>());
			} else if (current != null && text.contains("=")) {
				current.put(text.substring(0, text.indexOf('=')).trim(), text.substring(text.indexOf('=') + 1).trim());
			} else {
				throw new ImportException(file + ":" + line + ": expected the output of 'virsh domstats --raw' "
						+ "(\"Domain: 'name'\" then key=value lines), found: " + abbreviate(text));
			}
		}
		return stats;
	}

	private static Estate.Vm domain(Path file, String host, Map<String, Map<String, String>> allStats, Estate estate)
			throws ImportException, IOException {
		Element root = xml(file).getDocumentElement();
		if (!root.getTagName().equals("domain")) {
			throw new ImportException(file + ": expected a libvirt domain description (virsh dumpxml), found <" + root.getTagName() + ">");
		}
		String name = text(root, "name");
		String memory = text(root, "memory");
		if (name == null || memory == null) {
			throw new ImportException(file + ": expected a libvirt domain description with <name> and <memory>");
		}
		double memoryBytes = bytes(file, memory, ((Element) root.getElementsByTagName("memory").item(0)).getAttribute("unit"));
		String vcpu = text(root, "vcpu");
		int vcpus = vcpu == null ? 1 : Integer.parseInt(vcpu.trim());
		boolean hasDisk = false;
		boolean shared = true;
		NodeList disks = root.getElementsByTagName("disk");
		for (int i = 0; i < disks.getLength(); i++) {
			Element disk = (Element) disks.item(i);
			if (!"disk".equals(disk.getAttribute("device")) && !disk.getAttribute("device").isEmpty()) {
				continue; // cdrom, floppy, lun: no guest data to move
			}
			hasDisk = true;
			shared &= "network".equals(disk.getAttribute("type")); // rbd, iscsi, nbd, gluster: reachable from any host
		}
		Map<String, String> stats = allStats.getOrDefault(name, Map.of());
		double dirty = stats.containsKey("dirtyrate.megabytes_per_second")
				? Double.parseDouble(stats.get("dirtyrate.megabytes_per_second")) * 1024 * 1024 : -1;
		if (dirty < 0) {
			estate.unknown("the dirty rate of " + name + " (run 'virsh domdirtyrate-calc " + name
					+ "', then capture 'virsh domstats --dirtyrate')");
		}
		double disk = -1;
		for (var stat : stats.entrySet()) {
			if (stat.getKey().matches("block\\.\\d+\\.capacity")) {
				disk = Math.max(0, disk) + Double.parseDouble(stat.getValue());
			}
		}
		Estate.Storage storage = !hasDisk ? Estate.Storage.NOT_SAID : shared ? Estate.Storage.SHARED : Estate.Storage.LOCAL;
		return new Estate.Vm(name, host, memoryBytes, vcpus, disk, storage, dirty);
	}

	private static double bytes(Path file, String value, String unit) throws ImportException {
		double factor = switch (unit.isEmpty() ? "KiB" : unit) {
		case "b", "bytes" -> 1;
		case "KiB", "k" -> 1024;
		case "MiB", "M" -> 1024.0 * 1024;
		case "GiB", "G" -> 1024.0 * 1024 * 1024;
		default -> throw new ImportException(file + ": <memory unit='" + unit + "'> is not a unit vmmig reads (b, KiB, MiB, GiB)");
		};
		try {
			return Double.parseDouble(value.trim()) * factor;
		} catch (NumberFormatException e) {
			throw new ImportException(file + ": <memory> should be a number, not '" + value + "'");
		}
	}

	private static String text(Element root, String tag) {
		NodeList nodes = root.getElementsByTagName(tag);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

	/** Parses XML without fetching anything: no DTDs, no external entities (an export may be hostile). */
	private static Document xml(Path file) throws ImportException, IOException {
		read(file, "a libvirt domain description");
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(file.toFile());
		} catch (SAXParseException e) {
			throw new ImportException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
					+ ": expected a libvirt domain description (virsh dumpxml), but the XML is not well-formed (truncated?): " + e.getMessage());
		} catch (SAXException | ParserConfigurationException e) {
			throw new ImportException(file + ": expected a libvirt domain description (virsh dumpxml): " + e.getMessage());
		}
	}

	private static String read(Path file, String expected) throws ImportException, IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(file + ": missing; expected " + expected);
		}
		if (Files.size(file) > MAX_FILE_BYTES) {
			throw new ImportException(file + ": larger than 16 MiB; expected " + expected);
		}
		return Files.readString(file);
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}
}
