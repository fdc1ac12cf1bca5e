package org.vmmig.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "vmmig", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Validates live-migration models (.vmig) and predicts their migration plans.",
		subcommands = { ValidateCommand.class, SimulateCommand.class },
		footer = { "", "Exit codes: 0 ok, 1 model errors, 2 usage or I/O errors." })
public final class VmmigCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
	}
}
