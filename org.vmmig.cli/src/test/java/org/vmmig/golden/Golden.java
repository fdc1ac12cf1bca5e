package org.vmmig.golden;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The golden results every front end must reproduce: {@code golden/models} run under each option set of
 * {@code golden/options.properties} gives {@code golden/expected/<set>/<file>-<scenario>.json}
 * (scripts/update-golden writes them with the CLI).
 */
public final class Golden {

	public static final Path ROOT = Path.of("..", "golden");
	public static final Path MODELS = ROOT.resolve("models");

	private Golden() {
	}

	/** Option set name → the CLI's flags, in file order. */
	public static Map<String, List<String>> optionSets() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("options.properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, List<String>> sets = new LinkedHashMap<>();
		for (String line : Files.readAllLines(ROOT.resolve("options.properties"))) {
			int equals = line.indexOf('=');
			if (!line.startsWith("#") && equals > 0) {
				String name = line.substring(0, equals);
				sets.put(name, List.of(properties.getProperty(name).strip().split("\\s+")));
			}
		}
		return sets;
	}

	/** The expected documents of an option set: file name → content. */
	public static Map<String, String> expected(String set) throws IOException {
		return documents(ROOT.resolve("expected").resolve(set));
	}

	/** The .json documents in a folder: file name → content, sorted by name. */
	public static Map<String, String> documents(Path folder) throws IOException {
		Map<String, String> documents = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>();
		try (Stream<Path> list = Files.list(folder)) {
			list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
		}
		for (Path file : files) {
			documents.put(file.getFileName().toString(), Files.readString(file));
		}
		return documents;
	}

	/** The value of a flag such as --seed in an option set, or null. */
	public static String flag(List<String> flags, String name) {
		int i = flags.indexOf(name);
		return i < 0 ? null : i + 1 < flags.size() && !flags.get(i + 1).startsWith("--") ? flags.get(i + 1) : "true";
	}
}
