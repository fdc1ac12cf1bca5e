package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.report.StagedFiles;

/**
 * The hostile-input suite (issue 18): every model under {@code src/test/resources/hostile/models} goes through
 * every command that reads a model — {@code validate}, {@code simulate}, {@code report} in each format and
 * {@code compare} of its policies — and every measurement file and trace folder under {@code hostile/calibrate}
 * and {@code hostile/planetlab} through {@code calibrate} and {@code planetlab}.
 *
 * <p>A case is data: add a file. A model case is a {@code .vmig} file, or a folder whose {@code main.vmig} is the
 * model (for imports), whose first lines say what is expected:
 * <pre>
 * // hostile: what the input tries
 * // expect: 1 5:47: error: 'max-per-host' must be at least 1
 * </pre>
 * {@code expect:} gives the exit code of {@code validate} and a fragment its standard error must contain; a
 * fragment starting with a digit or a colon is prefixed with the model's path (so it asserts the location too), one
 * starting with a file name and a line ({@code topology.vmig:2:21: …}) with the case's folder. When validate fails, every other command must fail alike and write nothing;
 * when it passes ({@code // expect: 0}), every command must succeed. An optional {@code // expect run: CODE
 * FRAGMENT} gives what the running commands must do instead (a trace that only the run reads). Calibrate and
 * planetlab cases are listed with their expectations in the {@code expected.txt} of their folder.
 *
 * <p>Every run also must: print no stack trace and no internal error (exit 3), write nothing outside its output
 * folder, and leave no temporary or staging file in it.
 */
class HostileInputSuiteTest {

	private static final Path CASES = Path.of("src/test/resources/hostile");
	private static final Pattern EXPECT = Pattern.compile("^// expect( run)?: (\\d+)(?: (.*))?$", Pattern.MULTILINE);
	private static final Pattern POLICY = Pattern.compile("(?m)^\\s*policy\\s+\\^?([A-Za-z_][A-Za-z_0-9]*)");

	@TempDir
	static Path work;

	/** What one command must do: its exit code and a fragment of its standard error (or null). */
	record Expectation(int exitCode, String fragment) {
	}

	@TestFactory
	Stream<DynamicTest> everyModelThroughEveryCommand() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		try (Stream<Path> cases = Files.list(CASES.resolve("models"))) {
			for (Path source : cases.sorted().toList()) {
				Path copy = copy(source);
				Path model = Files.isDirectory(copy) ? copy.resolve("main.vmig") : copy;
				String text = new String(Files.readAllBytes(model), StandardCharsets.UTF_8);
				Expectation validate = expectation(text, false, model);
				Expectation run = expectation(text, true, model);
				String name = source.getFileName().toString();
				tests.add(dynamicTest(name + ": validate", () -> check(model, validate, List.of("validate"))));
				for (List<String> command : commands(text)) {
					tests.add(dynamicTest(name + ": " + String.join(" ", command),
							() -> check(model, run, command)));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyMeasurementThroughCalibrate() throws IOException {
		return listed("calibrate", (file, expected) -> check(file, expected,
				List.of("calibrate", "--bandwidth", "10Gbps")));
	}

	@TestFactory
	Stream<DynamicTest> everyTraceFolderThroughPlanetlab() throws IOException {
		return listed("planetlab", (folder, expected) -> check(folder, expected,
				List.of("planetlab", "--hosts", "4", "--policy", "THR-MMT-0.8")));
	}

	private interface CaseCheck {
		void check(Path input, Expectation expected) throws IOException;
	}

	/** The cases an {@code expected.txt} lists: {@code name<TAB>exit code<TAB>fragment}. */
	private Stream<DynamicTest> listed(String folder, CaseCheck check) throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (String line : Files.readAllLines(CASES.resolve(folder).resolve("expected.txt"))) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", 3);
			Path input = copy(CASES.resolve(folder).resolve(fields[0]));
			String fragment = fields.length > 2 ? fields[2].replace("{input}", input.toString()) : null;
			Expectation expected = new Expectation(Integer.parseInt(fields[1]), fragment);
			tests.add(dynamicTest(folder + "/" + fields[0], () -> check.check(input, expected)));
		}
		return tests.stream();
	}

	/** The commands that run a model: simulate, report in each format, compare of all its policies. */
	private static List<List<String>> commands(String text) {
		List<List<String>> commands = new ArrayList<>();
		commands.add(List.of("simulate"));
		for (String format : List.of("html", "csv", "json")) {
			commands.add(List.of("report", "--format", format));
		}
		Set<String> policies = new LinkedHashSet<>();
		Matcher matcher = POLICY.matcher(text);
		while (matcher.find()) {
			policies.add(matcher.group(1));
		}
		if (!policies.isEmpty()) {
			commands.add(List.of("compare", "--policies", String.join(",", policies)));
		}
		return commands;
	}

	private static Expectation expectation(String text, boolean run, Path model) {
		Expectation validate = null;
		Expectation running = null;
		Matcher matcher = EXPECT.matcher(text);
		while (matcher.find()) {
			String fragment = located(matcher.group(3), model);
			Expectation e = new Expectation(Integer.parseInt(matcher.group(2)), fragment);
			if (matcher.group(1) == null) {
				validate = e;
			} else {
				running = e;
			}
		}
		if (validate == null) {
			throw new IllegalArgumentException(model + " says nothing of what to expect: add '// expect: CODE FRAGMENT'");
		}
		if (!run) {
			return validate;
		}
		if (running != null) {
			return running;
		}
		// a model validate refuses is refused alike by the commands that run it; a clean one must run
		return validate.exitCode() == ExitCodes.OK ? new Expectation(ExitCodes.OK, null) : validate;
	}

	/**
	 * A fragment as the case writes it, with its place: {@code 5:47: error: …} or {@code : 200 more…} are in the
	 * model, {@code topology.vmig:2:21: error: …} in another file of the case's folder; anything else is as written.
	 */
	private static String located(String fragment, Path model) {
		if (fragment == null || fragment.isBlank()) {
			return null;
		}
		if (Character.isDigit(fragment.charAt(0))) {
			return model + ":" + fragment;
		}
		if (fragment.startsWith(":")) {
			return model + fragment;
		}
		if (fragment.matches("^[\\w.-]+\\.\\w+:\\d.*")) {
			return model.getParent().resolve(fragment.substring(0, fragment.indexOf(':'))) + fragment.substring(fragment.indexOf(':'));
		}
		return fragment;
	}

	/** Runs {@code command input -o OUT} and checks exit code, message, output folder and the rest of the disk. */
	private static void check(Path input, Expectation expected, List<String> command) throws IOException {
		Path output = work.resolve("out-" + System.nanoTime());
		Set<Path> before = listing(work);
		List<String> args = new ArrayList<>(command);
		args.add(input.toString());
		if (!command.get(0).equals("validate") && !command.get(0).equals("calibrate")
				&& !command.get(0).equals("planetlab")) {
			args.addAll(List.of("-o", output.toString()));
		}
		CommandRun run = CommandRun.vmmig(args.toArray(String[]::new));
		String said = "vmmig " + String.join(" ", args) + "\nexit " + run.exitCode() + "\nout: " + abbreviate(run.out())
				+ "\nerr: " + abbreviate(run.err());
		assertEquals(expected.exitCode(), run.exitCode(), said);
		if (expected.fragment() != null) {
			assertTrue(run.err().contains(expected.fragment()), "expected on stderr: " + expected.fragment() + "\n" + said);
		}
		String all = run.out() + run.err();
		assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("internal error"),
				"a stack trace or internal error:\n" + said);
		Set<Path> after = listing(work);
		after.removeIf(p -> p.startsWith(output));
		assertEquals(before, after, "written outside the output folder:\n" + said);
		if (Files.isDirectory(output)) {
			try (Stream<Path> files = Files.walk(output)) {
				List<Path> written = files.filter(p -> !p.equals(output)).toList();
				if (run.exitCode() != ExitCodes.OK) {
					assertEquals(List.of(), written, "a failed run wrote files:\n" + said);
				}
				for (Path file : written) {
					String name = file.getFileName().toString();
					assertFalse(name.startsWith(".") || name.startsWith(StagedFiles.PREFIX) || name.endsWith(".tmp"),
							"left behind: " + file + "\n" + said);
				}
			}
		}
	}

	private static String abbreviate(String text) {
		return text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
	}

	private static Set<Path> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return new java.util.TreeSet<>(files.toList());
		}
	}

	/** A case copied into the test's folder (so nothing is written beside the sources). */
	private static Path copy(Path source) throws IOException {
		Path target = work.resolve("cases").resolve(source.getParent().getFileName().toString())
				.resolve(source.getFileName().toString());
		Files.createDirectories(target.getParent());
		if (!Files.isDirectory(source)) {
			return Files.copy(source, target);
		}
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				} else {
					Files.copy(file, to);
				}
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return target;
	}
}
