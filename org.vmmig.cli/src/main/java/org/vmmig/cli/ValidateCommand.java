package org.vmmig.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Checks model files (or every .vmig file under a directory) and prints their diagnostics.")
public final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "model files or directories")
	List<Path> paths;

	@Override
	public Integer call() {
		var err = spec.commandLine().getErr();
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(paths, err);
			long errors = ModelCheck.count(files, Diagnostic.Severity.ERROR);
			long warnings = ModelCheck.count(files, Diagnostic.Severity.WARNING);
			spec.commandLine().getOut().printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), errors,
					warnings);
			return errors > 0 ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}
}
