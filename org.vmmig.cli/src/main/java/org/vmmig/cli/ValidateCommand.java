package org.vmmig.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Checks model files (or every .vmig file under a directory) and prints their diagnostics.")
public final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "model files or directories")
	List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "diagnostics as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); the others print one "
					+ "document on standard output, for CI systems")
	DiagnosticsDocument.OutputFormat format;

	@Override
	public Integer call() {
		var err = spec.commandLine().getErr();
		try {
			List<LoadedFile> files;
			if (format == DiagnosticsDocument.OutputFormat.text) {
				files = new ModelCheck().loadAndReport(paths, err);
			} else {
				files = new ModelCheck().load(paths);
				spec.commandLine().getOut().print(DiagnosticsDocument.of(format).render(ModelCheck.withImports(files)));
			}
			long errors = ModelCheck.count(files, Diagnostic.Severity.ERROR);
			long warnings = ModelCheck.count(files, Diagnostic.Severity.WARNING);
			if (format == DiagnosticsDocument.OutputFormat.text) {
				spec.commandLine().getOut().printf("%d file(s) checked: %d error(s), %d warning(s)%n",
						ModelCheck.withImports(files).size(), errors, warnings);
			}
			return errors > 0 ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}
}
