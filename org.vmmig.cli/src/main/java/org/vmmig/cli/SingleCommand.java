package org.vmmig.cli;

import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one subcommand a command line names, on its own: {@code vmmig planetlab DAY} builds picocli's model of
 * {@link PlanetLabCommand} only, not of every subcommand of {@link VmmigCommand}.
 *
 * <p>Why: picocli reflects on every subcommand's fields and methods when it builds the model, which loads the types
 * they mention — the language's EMF and Xtext classes among them, from signed jars whose signatures the JVM then
 * checks. That made every start cost about 0.8 s of CPU, more than a PlanetLab day's simulation. Only the
 * subcommand's {@code @Command} annotation is read to find it by name. The usage line still reads
 * "vmmig NAME …", and options, exit codes and messages are those of the subcommand, as when nested.
 */
final class SingleCommand {

	private SingleCommand() {
	}

	/** The subcommand {@code args[0]} names as a command line of its own, or null if it names none. */
	static CommandLine of(String[] args) {
		if (args.length == 0) {
			return null;
		}
		for (Class<?> type : VmmigCommand.class.getAnnotation(Command.class).subcommands()) {
			Command command = type.getAnnotation(Command.class);
			if (command != null && command.name().equals(args[0])) {
				CommandLine line = new CommandLine(type);
				line.setCommandName("vmmig " + command.name());
				return line;
			}
		}
		return null;
	}

	/** The arguments the subcommand itself takes: all after its name. */
	static String[] arguments(String[] args) {
		return Arrays.copyOfRange(args, 1, args.length);
	}
}
