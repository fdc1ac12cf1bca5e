package org.vmmig.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

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
		String policy = null;
		String hosts = null;
		String rules = null;
		String timing = null;
		String dirtyRate = null;
		String fileOrder = null;
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
			case PlanetLabCommand.POLICY -> {
				if (policy != null) {
					return null;
				}
				policy = value;
			}
			case PlanetLabCommand.HOSTS -> {
				if (hosts != null) {
					return null;
				}
				hosts = value;
			}
			case PlanetLabCommand.RULES -> {
				if (rules != null) {
					return null;
				}
				rules = value;
			}
			case PlanetLabCommand.TIMING -> {
				if (timing != null) {
					return null;
				}
				timing = value;
			}
			case PlanetLabCommand.DIRTY_RATE -> {
				if (dirtyRate != null) {
					return null;
				}
				dirtyRate = value;
			}
			case PlanetLabCommand.FILE_ORDER -> {
				if (fileOrder != null) {
					return null;
				}
				fileOrder = value;
			}
			default -> {
				return null; // --help, --version, -h, --, unknown options: picocli's
			}
			}
		}
		if (folder == null) {
			return null; // picocli: "Missing required parameter: 'FOLDER'"
		}
		return command(folder, or(policy, PlanetLabCommand.DEFAULT_POLICY), or(hosts, PlanetLabCommand.DEFAULT_HOSTS),
				or(rules, PlanetLabCommand.DEFAULT_RULES), or(timing, PlanetLabCommand.DEFAULT_TIMING),
				or(dirtyRate, PlanetLabCommand.DEFAULT_DIRTY_RATE), directoryOrder, fileOrder);
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
		command.rules = ruleSet(rules);
		command.timing = timing(timing);
		try {
			command.folder = Path.of(folder);
			command.fileOrder = fileOrder == null ? null : Path.of(fileOrder);
		} catch (InvalidPathException e) {
			return null; // picocli's message for it
		}
		return command.rules == null || command.timing == null ? null : command;
	}

	/** The rule set of that exact name (picocli's enum values are case-sensitive), or null. */
	private static PlanetLabCommand.RuleSet ruleSet(String name) {
		for (PlanetLabCommand.RuleSet value : PlanetLabCommand.RuleSet.values()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	private static PlanetLabCommand.Timing timing(String name) {
		for (PlanetLabCommand.Timing value : PlanetLabCommand.Timing.values()) {
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

	private static String or(String value, String otherwise) {
		return value != null ? value : otherwise;
	}
}
