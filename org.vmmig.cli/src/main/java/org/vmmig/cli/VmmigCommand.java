package org.vmmig.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "vmmig", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Validates live-migration models (.vmig) and predicts their migration plans.",
		subcommands = { ValidateCommand.class, SimulateCommand.class, ReportCommand.class, CompareCommand.class,
				PlanetLabCommand.class, SweepCommand.class,
				CalibrateCommand.class, WorkloadCommand.class, LabCommand.class, GenerateCommand.class, ImportCommand.class,
				org.vmmig.cli.lsp.LspCommand.class },
		footer = { "", "Exit codes: 0 ok, 1 model errors, 2 usage or I/O errors, 3 internal error (a bug: please report it), "
				+ "130 interrupted (Ctrl-C)." })
public final class VmmigCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	/** Without a subcommand there is nothing to do: show how to use the tool, as a usage error. */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE_OR_IO;
	}
}
