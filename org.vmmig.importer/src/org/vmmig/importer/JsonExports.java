package org.vmmig.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading the JSON exports of kubectl and the openstack client: whole, strict, and refused with the file named.
 * Jackson's tree model (docs/decisions/0005-json-library.md); its parser is strict by default (no comments,
 * trailing commas, NaN or single quotes) and bounds nesting depth and number length.
 */
final class JsonExports {

	private static final long MAX_FILE_BYTES = 64L << 20;
	private static final ObjectMapper JSON = new ObjectMapper();
	/** Jackson's location inside its messages, "[Source: …; line: 3, column: 5]": said as "line 3, column 5". */
	private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

	/** The method named in Jackson's messages about its limits: ", from `StreamReadConstraints.getMaxNestingDepth()`". */
	private static final Pattern JAVA = Pattern.compile(", from `[^`]*`");

	private JsonExports() {
	}

	static JsonNode read(Path file, String expected) throws ImportException, IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(file + ": missing; expected " + expected);
		}
		if (Files.size(file) > MAX_FILE_BYTES) {
			throw new ImportException(file + ": larger than 64 MiB; expected " + expected);
		}
		try (JsonParser parser = JSON.createParser(Files.readString(file))) {
			try {
				JsonNode root = JSON.readTree(parser);
				if (root == null) {
					throw new ImportException(file + ": expected " + expected + ", but the file is empty");
				}
				if (parser.nextToken() != null) {
					throw new ImportException(file + ": expected " + expected + ", but there is more after the JSON document");
				}
				return root;
			} catch (JsonProcessingException e) {
				// a limit (nesting depth, number length) has no location of its own: the token the parser is at
				JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
				throw new ImportException(file + ": expected " + expected + ", but it is not complete, valid JSON (truncated?)"
						+ at(where) + ": " + words(e.getOriginalMessage()));
			}
		}
	}

	/** Jackson's words without its Java: locations as "line 3, column 5", limits without the method that sets them. */
	private static String words(String jackson) {
		return JAVA.matcher(SOURCE.matcher(jackson).replaceAll("line $1, column $2")).replaceAll("");
	}

	private static String at(JsonLocation location) {
		return location == null || location.getLineNr() < 1 ? ""
				: " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	/** A member's value as text when it is a string, number or boolean, or null. */
	static String string(JsonNode object, String... path) {
		JsonNode e = member(object, path);
		return e != null && e.isValueNode() ? e.asText() : null;
	}

	/** The value at a path of member names, or null when a step is missing, is not an object, or is JSON null. */
	static JsonNode member(JsonNode object, String... path) {
		JsonNode current = object;
		for (String name : path) {
			if (current == null || !current.isObject()) {
				return null;
			}
			current = current.get(name);
		}
		return current == null || current.isNull() ? null : current;
	}

	/** A Kubernetes quantity in bytes ("4Gi", "65843532Ki", "8G", "1024"), or -1 when unreadable. */
	static double kubernetesBytes(String quantity) {
		if (quantity == null) {
			return -1;
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?").matcher(quantity.trim());
		if (!m.matches()) {
			return -1;
		}
		double factor = switch (m.group(2) == null ? "" : m.group(2)) {
		case "Ki" -> 1024;
		case "Mi" -> 1024.0 * 1024;
		case "Gi" -> 1024.0 * 1024 * 1024;
		case "Ti" -> 1024.0 * 1024 * 1024 * 1024;
		case "k" -> 1e3;
		case "M" -> 1e6;
		case "G" -> 1e9;
		case "T" -> 1e12;
		default -> 1;
		};
		return Double.parseDouble(m.group(1)) * factor;
	}
}
