package org.vmmig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report goal gives the golden results: every scenario kind of golden/models (consolidation, rebalancing and
 * time simulations included), under each option set of golden/options.properties given as the goal's parameters,
 * writes the very JSON documents of golden/expected — the ones the CLI and the workbench write.
 */
class GoldenReportMojoTest {

	private static final Path GOLDEN = Path.of("..", "golden");

	@Test
	void theReportGoalWritesTheGoldenDocuments(@TempDir Path output) throws Exception {
		for (Map.Entry<String, List<String>> set : optionSets().entrySet()) {
			ReportMojo mojo = mojo(set.getValue(), output.resolve(set.getKey()));
			mojo.execute();
			assertEquals(documents(GOLDEN.resolve("expected").resolve(set.getKey())),
					documents(output.resolve(set.getKey())), "options " + set.getKey());
		}
	}

	@Test
	void aMalformedDowntimeLimitIsAClearBuildError(@TempDir Path output) {
		ReportMojo mojo = mojo(List.of(), output);
		mojo.defaultDowntimeLimit = "5 GiB";
		MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
		assertTrue(e.getMessage().contains("<defaultDowntimeLimit> expects a duration"), e.getMessage());
	}

	/** The goal configured as a pom would: the CLI's flags of an option set as its parameters. */
	private static ReportMojo mojo(List<String> flags, Path output) {
		ReportMojo mojo = new ReportMojo();
		mojo.models = List.of(GOLDEN.resolve("models").toFile());
		mojo.outputDirectory = output.toFile();
		mojo.format = "json";
		mojo.costModel = value(flags, "--cost-model", "live");
		mojo.cloudSimRules = flags.contains("--cloudsim-rules");
		mojo.defaultDowntimeLimit = value(flags, "--default-downtime-limit", null);
		String seed = value(flags, "--seed", null);
		mojo.seed = seed == null ? null : Long.valueOf(seed);
		return mojo;
	}

	private static String value(List<String> flags, String name, String fallback) {
		int i = flags.indexOf(name);
		return i < 0 ? fallback : flags.get(i + 1);
	}

	private static Map<String, List<String>> optionSets() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(GOLDEN.resolve("options.properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, List<String>> sets = new LinkedHashMap<>();
		for (String name : properties.stringPropertyNames().stream().sorted().toList()) {
			sets.put(name, List.of(properties.getProperty(name).strip().split("\\s+")));
		}
		return sets;
	}

	private static Map<String, String> documents(Path folder) throws IOException {
		Map<String, String> documents = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				documents.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		assertTrue(documents.size() >= 6, "every scenario of the golden model in " + folder);
		return documents;
	}
}
