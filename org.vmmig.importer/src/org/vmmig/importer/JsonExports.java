package org.vmmig.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/** Reading the JSON exports of kubectl and the openstack client: whole, strict, and refused with the file named. */
final class JsonExports {

	private static final long MAX_FILE_BYTES = 64L << 20;

	private JsonExports() {
	}

	static JsonElement read(Path file, String expected) throws ImportException, IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(file + ": missing; expected " + expected);
		}
		if (Files.size(file) > MAX_FILE_BYTES) {
			throw new ImportException(file + ": larger than 64 MiB; expected " + expected);
		}
		JsonReader reader = new JsonReader(new StringReader(Files.readString(file)));
		reader.setStrictness(Strictness.STRICT);
		try {
			JsonElement element = JsonParser.parseReader(reader);
			if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
				throw new ImportException(file + ": expected " + expected + ", but there is more after the JSON document");
			}
			return element;
		} catch (JsonParseException | IOException | IllegalStateException e) {
			String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new ImportException(file + ": expected " + expected + ", but it is not complete, valid JSON (truncated?): " + why);
		}
	}

	/** A member's string value, or null. */
	static String string(JsonObject object, String... path) {
		JsonElement e = member(object, path);
		return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
	}

	static JsonElement member(JsonObject object, String... path) {
		JsonElement current = object;
		for (String name : path) {
			if (current == null || !current.isJsonObject()) {
				return null;
			}
			current = current.getAsJsonObject().get(name);
		}
		return current == null || current.isJsonNull() ? null : current;
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
