package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.generator.GenerationRefused;
import org.vmmig.generator.RunbookFiles;
import org.vmmig.generator.RunbookGenerator;
import org.vmmig.generator.Target;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Validates the models and writes, for each scenario's plan, what carries it out on a target: "
				+ "a virsh runbook (libvirt), an Ansible playbook (ansible), KubeVirt manifests (kubevirt) or an "
				+ "OpenStack runbook and nova.conf settings (nova). Knobs a target cannot realise are named in the output "
				+ "and warned of. Nothing is written when a model has errors or a plan cannot place every VM.",
				"Targets and knobs: docs/generate.md." })
public final class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "model files or directories")
	List<Path> paths;

	@Option(names = { "-t", "--target" }, paramLabel = "TARGET", required = true,
			description = "libvirt, ansible, kubevirt or nova")
	String target;

	@Option(names = "--scenario", paramLabel = "NAME", description = "only this scenario (default: every scenario with a plan)")
	String scenario;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", defaultValue = "vmmig-out",
			description = "directory for the generated files (default: ${DEFAULT-VALUE})")
	Path output;

	@Mixin
	RunOptionsMixin run;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Target chosen = Target.of(target);
		if (chosen == null) {
			err.println("vmmig: unknown target '" + target + "'; expected one of " + Target.names());
			return ExitCodes.USAGE_OR_IO;
		}
		RunbookGenerator generator = new RunbookGenerator(run.options());
		try {
			List<LoadedFile> files = new ModelCheck().loadAndReport(paths, err);
			if (ModelCheck.count(files, Diagnostic.Severity.ERROR) > 0) {
				err.println("vmmig: nothing generated: fix the errors above first");
				return ExitCodes.MODEL_ERRORS;
			}
			if (scenario != null && files.stream().flatMap(f -> Reports.scenarios(f).stream()).noneMatch(s -> s.getName().equals(scenario))) {
				throw new InputException("no scenario named '" + scenario + "' in " + paths);
			}
			Map<String, String> generated = new LinkedHashMap<>();
			for (LoadedFile file : files) {
				RunbookGenerator.Generated result;
				try {
					boolean here = scenario == null || Reports.scenarios(file).stream().anyMatch(s -> s.getName().equals(scenario));
					if (!here) {
						continue;
					}
					result = generator.generate(file.model(), chosen, scenario);
				} catch (GenerationRefused e) {
					err.println("vmmig: nothing generated: " + file.path() + ": " + e.getMessage());
					return ExitCodes.MODEL_ERRORS;
				}
				result.skipped().forEach(s -> out.println("skipped: " + file.path() + ": " + s));
				result.warnings().forEach(w -> err.println(file.path() + ": warning: " + w));
				for (var entry : result.files().entrySet()) {
					if (generated.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
						throw new InputException("two models would both write '" + entry.getKey()
								+ "'; rename one file or run them separately with their own -o DIR");
					}
				}
			}
			RunbookFiles.write(generated, output).forEach(file -> out.println("generated: " + file));
			if (generated.isEmpty()) {
				out.println("nothing to generate: no scenario plans moves (evacuate, fail, consolidate or rebalance)");
			}
			return ExitCodes.OK;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot write to " + output + ": " + IoMessages.describe(e));
			return ExitCodes.USAGE_OR_IO;
		}
	}
}
