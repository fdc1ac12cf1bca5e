package org.vmmig.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A real editor as the client: Debian's Neovim, headless, with the configuration we ship in
 * {@code editors/neovim}, starts {@code vmmig lsp}, shows the unit error of the model it opened (range and code as
 * the server sent them) and completes units after {@code 64 }.
 */
class NeovimClientTest {

	private static final String MODEL = """
			host h { memory 64 GIB nic 1 Gbps }
			vm v { memory 64  on h }
			""";

	@Test
	void neovimShowsTheUnitErrorAndCompletesUnits(@TempDir Path dir) throws Exception {
		Path nvim = neovim();
		Path model = dir.resolve("lab.vmig");
		Files.writeString(model, MODEL);
		Path driver = dir.resolve("neovim-client.lua");
		try (InputStream lua = NeovimClientTest.class.getResourceAsStream("neovim-client.lua")) {
			Files.copy(lua, driver);
		}
		Path result = dir.resolve("result.json");
		ProcessBuilder builder = new ProcessBuilder(nvim.toString(), "--headless", "--clean", "-n", "-c",
				"luafile " + driver).directory(dir.toFile()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("nvim.log").toFile());
		builder.environment().put("VMMIG_REPO", repository().toString());
		builder.environment().put("VMMIG_MODEL", model.toString());
		builder.environment().put("VMMIG_NVIM_RESULT", result.toString());
		builder.environment().put("VMMIG_LSP_CMD", serverCommand());
		builder.environment().put("VMMIG_COMPLETE_LINE", "1");
		builder.environment().put("VMMIG_COMPLETE_CHARACTER", "17"); // after "memory 64 "
		Process process = builder.start();
		if (!process.waitFor(240, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("Neovim did not finish; its output:\n" + Files.readString(dir.resolve("nvim.log")));
		}
		assertTrue(Files.exists(result), () -> "Neovim wrote no result; its output:\n" + read(dir.resolve("nvim.log")));
		JsonNode received = new ObjectMapper().readTree(Files.readString(result));
		assertFalse(received.has("error"), () -> received.toString());

		// line 2 lacks its unit on purpose (completion is asked there): a syntax error beside the unit error
		JsonNode diagnostics = received.get("diagnostics");
		JsonNode unit = null;
		for (JsonNode diagnostic : diagnostics) {
			if ("org.vmmig.dsl.unknownUnit".equals(diagnostic.get("code").asText())) {
				unit = diagnostic;
			}
		}
		assertTrue(unit != null, () -> "the unit error among " + diagnostics);
		assertEquals(List.of(0, 19, 0, 22), List.of(unit.get("lnum").asInt(), unit.get("col").asInt(),
				unit.get("end_lnum").asInt(), unit.get("end_col").asInt()), "the range of GIB");
		assertEquals(1, unit.get("severity").asInt(), "an error");

		List<String> labels = new ArrayList<>();
		for (JsonNode label : received.get("completion")) {
			labels.add(label.asText());
		}
		assertTrue(labels.containsAll(List.of("GiB", "MiB", "GB")), labels.toString());
		assertFalse(labels.contains("Gbps"), "a memory size takes no bandwidth unit: " + labels);
	}

	/** The server as the {@code vmmig} script starts it, as a JSON list for the Lua driver. */
	private static String serverCommand() {
		ArrayNode command = new ObjectMapper().createArrayNode();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.vmmig.cli.Main");
		command.add("lsp");
		return command.toString();
	}

	private static Path repository() {
		Path module = Path.of("").toAbsolutePath();
		return Files.isDirectory(module.resolve("editors")) ? module : module.getParent();
	}

	private static Path neovim() {
		Assumptions.assumeFalse("1".equals(System.getenv("VMMIG_NO_NEOVIM")),
				"VMMIG_NO_NEOVIM=1: the Neovim test is skipped on request");
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, "nvim");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return fail("Neovim is not installed: run scripts/install-test-deps.sh as root (or apt-get install neovim), "
				+ "or set VMMIG_NO_NEOVIM=1 to skip the Neovim test");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return "(" + e.getMessage() + ")";
		}
	}
}
