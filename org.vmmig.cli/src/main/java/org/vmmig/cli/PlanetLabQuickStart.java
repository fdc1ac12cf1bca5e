package org.vmmig.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an everyday {@code vmmig planetlab} command line ({@code planetlab FOLDER [--policy P,Q] [--hosts N] ...})
 * without picocli, and gives up on anything else, which picocli then reads as always: help, version, errors,
 * argument files, repeated options, values that are not plain. So help, messages and exit codes stay picocli's.
 *
 * <p>Why: a PlanetLab day is a batch job of under a second, and picocli's start cost a third of it — about 0.25 s of
 * CPU loading its ~170 classes (Java 5 class files: the old verifier, no class-data sharing) and building the
 * command's model from annotations (reflection, generated annotation proxies, method handles), against ~0.03 s for
 * a JVM that starts our jar (docs/performance.md, "A start without picocli"). This class loads nothing of picocli,
 * reads no annotation and uses no lambda or string concatenation (each would bootstrap method handles).
 *
 * <p>The option names and defaults are {@link PlanetLabCommand}'s constants, which its annotations use; what this
 * accepts is checked against picocli's reading of the same lines by {@code PlanetLabQuickStartTest}.
 */
final class PlanetLabQuickStart {

	private PlanetLabQuickStart() {
	}

	/**
	 * The command {@code args} describe, its options set as picocli would set them, or null when the line is not an
	 * everyday one (picocli must read it).
	 */
	static PlanetLabCommand parse(String[] args) {
		if (args.length < 2 || !args[0].equals(PlanetLabCommand.NAME) || System.getProperty("picocli.trace") != null) {
			return null; // picocli.trace: picocli would print its trace of the parsing
		}
		String folder = null;
		Map<String, String> given = new HashMap<>(); // option name to value
		boolean directoryOrder = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals(PlanetLabCommand.DIRECTORY_ORDER)) {
				if (directoryOrder) {
					return null;
				}
				directoryOrder = true;
				continue;
			}
			if (!arg.startsWith("-")) {
				if (folder != null || !plain(arg)) {
					return null; // a second folder: picocli's "Unmatched argument"
				}
				folder = arg;
				continue;
			}
			String name = arg;
			String value;
			int equals = arg.indexOf('=');
			if (equals > 0) { // --name=value
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			} else if (i + 1 < args.length) {
				value = args[++i];
			} else {
				return null; // picocli: "Missing required parameter"
			}
			if (!plain(value)) {
				return null;
			}
			// each option at most once: picocli refuses a repeated single value and collects repeated policies
			switch (name) {
			case PlanetLabCommand.POLICY, PlanetLabCommand.HOSTS, PlanetLabCommand.RULES, PlanetLabCommand.TIMING,
					PlanetLabCommand.DIRTY_RATE, PlanetLabCommand.FILE_ORDER -> {
				if (given.putIfAbsent(name, value) != null) {
					return null;
				}
			}
			default -> {
				return null; // --help, --version, -h, --, unknown options: picocli's
			}
			}
		}
		if (folder == null) {
			return null; // picocli: "Missing required parameter: 'FOLDER'"
		}
		return command(folder, given.getOrDefault(PlanetLabCommand.POLICY, PlanetLabCommand.DEFAULT_POLICY),
				given.getOrDefault(PlanetLabCommand.HOSTS, PlanetLabCommand.DEFAULT_HOSTS),
				given.getOrDefault(PlanetLabCommand.RULES, PlanetLabCommand.DEFAULT_RULES),
				given.getOrDefault(PlanetLabCommand.TIMING, PlanetLabCommand.DEFAULT_TIMING),
				given.getOrDefault(PlanetLabCommand.DIRTY_RATE, PlanetLabCommand.DEFAULT_DIRTY_RATE), directoryOrder,
				given.get(PlanetLabCommand.FILE_ORDER));
	}

	/** The command with these values converted, or null if one is not of the plain form this class converts. */
	private static PlanetLabCommand command(String folder, String policy, String hosts, String rules, String timing,
			String dirtyRate, boolean directoryOrder, String fileOrder) {
		// decimal digits alone (picocli's Integer.valueOf / Double.valueOf would take signs, exponents, "NaN": its
		// messages for what they refuse are picocli's); nine digits fit an int
		if (!digits(hosts, 0, hosts.length()) || hosts.length() > 9 || !decimal(dirtyRate) || !policies(policy)) {
			return null;
		}
		PlanetLabCommand command = new PlanetLabCommand();
		command.policies = policy.split(PlanetLabCommand.POLICY_SEPARATOR);
		command.hosts = Integer.parseInt(hosts);
		command.dirtyMib = Double.parseDouble(dirtyRate);
		command.directoryOrder = directoryOrder;
		command.rules = constant(PlanetLabCommand.RuleSet.values(), rules);
		command.timing = constant(PlanetLabCommand.Timing.values(), timing);
		try {
			command.folder = Path.of(folder);
			command.fileOrder = fileOrder == null ? null : Path.of(fileOrder);
		} catch (InvalidPathException e) {
			return null; // picocli's message for it
		}
		return command.rules == null || command.timing == null ? null : command;
	}

	/** The constant of that exact name (picocli's enum values are case-sensitive), or null. */
	private static <E extends Enum<E>> E constant(E[] values, String name) {
		for (E value : values) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	/** Non-empty, and nothing picocli reads specially: a leading '-' (an option) or '@' (an argument file), quotes. */
	private static boolean plain(String value) {
		return !value.isEmpty() && value.charAt(0) != '-' && value.charAt(0) != '@' && value.indexOf('"') < 0
				&& value.indexOf('\'') < 0;
	}

	/** Names separated by single commas, none empty: String.split gives what picocli's split does. */
	private static boolean policies(String value) {
		return !value.startsWith(PlanetLabCommand.POLICY_SEPARATOR) && !value.endsWith(PlanetLabCommand.POLICY_SEPARATOR)
				&& !value.contains(PlanetLabCommand.POLICY_SEPARATOR + PlanetLabCommand.POLICY_SEPARATOR);
	}

	/** Digits, optionally one '.' between digits. */
	private static boolean decimal(String value) {
		int dot = value.indexOf('.');
		return dot < 0 ? digits(value, 0, value.length())
				: digits(value, 0, dot) && digits(value, dot + 1, value.length());
	}

	private static boolean digits(String value, int from, int to) {
		if (from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}
}
