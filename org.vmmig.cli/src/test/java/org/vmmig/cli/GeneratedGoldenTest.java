package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vmmig.cli.CommandRun.vmmig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What vmmig generate writes for the bundled examples, per target, byte for byte: src/test/resources/generated/.
 * A change to a template or a plan shows here as a diff to review; after an intended change rewrite them with
 * {@code -Dvmmig.updateGenerated=true} and say why in the commit.
 */
class GeneratedGoldenTest {

	static final List<Path> MODELS = List.of(Path.of("..", "examples", "lab.vmig"), Path.of("..", "examples", "enterprise.vmig"),
			Path.of("..", "golden", "models", "estate.vmig"));
	static final List<String> TARGETS = List.of("libvirt", "ansible", "kubevirt", "nova");
	private static final Path EXPECTED = Path.of("src", "test", "resources", "generated");

	static Stream<Arguments> cases() {
		return MODELS.stream().flatMap(m -> TARGETS.stream().map(t -> Arguments.of(m, t)));
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("cases")
	void generatedFilesAreTheExpectedOnes(Path model, String target, @org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		CommandRun run = vmmig("generate", "--target", target, model.toString(), "-o", dir.toString());
		assertEquals(0, run.exitCode(), run.err());
		String stem = model.getFileName().toString().replace(".vmig", "-");
		boolean update = Boolean.getBoolean("vmmig.updateGenerated");
		for (Path file : list(dir)) {
			Path expected = EXPECTED.resolve(target).resolve(file.getFileName());
			if (update) {
				Files.createDirectories(expected.getParent());
				Files.copy(file, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			assertEquals(Files.readString(expected), Files.readString(file), file.getFileName().toString());
		}
		List<String> expectedNames = list(EXPECTED.resolve(target)).stream().map(p -> p.getFileName().toString())
				.filter(n -> n.startsWith(stem)).toList();
		assertEquals(expectedNames, list(dir).stream().map(p -> p.getFileName().toString()).toList());
	}

	static List<Path> list(Path dir) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
