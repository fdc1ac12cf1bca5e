package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.vmmig.engine.calibration.CalibrationInputException;
import org.vmmig.engine.calibration.WorkloadFact;
import org.vmmig.engine.calibration.WorkloadReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "workload", mixinStandardHelpOptions = true,
		description = { "Reads a guest's workload from what the hypervisor measured — its dirty rate (QEMU query-dirty-rate"
				+ " after calc-dirty-rate, virsh domstats --dirtyrate) and its zero pages (a completed migration's"
				+ " query-migrate reply or virsh domjobinfo --completed) — and prints them as a vm's dirty-rate and"
				+ " zero-pages.", "Formats: docs/calibration-formats.md." })
public final class WorkloadCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "hypervisor outputs")
	List<Path> files;

	@Option(names = "--domain", paramLabel = "NAME", description = "only this libvirt domain of domstats output")
	String domain;

	@Option(names = "--vm", paramLabel = "NAME", description = "with --write: the vm whose dirty-rate and zero-pages are set")
	String vm;

	@Option(names = "--write", paramLabel = "FILE.vmig",
			description = "set the --vm's dirty-rate and zero-pages in this model (one fact of each kind at most)")
	Path write;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			if ((write == null) != (vm == null)) {
				throw new IllegalArgumentException("--vm and --write go together: the vm NAME of the model FILE.vmig");
			}
			List<WorkloadFact> facts = new ArrayList<>();
			for (Path file : files) {
				if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
					throw new IllegalArgumentException("cannot read " + file + ": no such readable file");
				}
				new WorkloadReader().read(file).stream()
						.filter(f -> domain == null || f.domain() == null || f.domain().equals(domain)).forEach(facts::add);
			}
			if (facts.isEmpty()) {
				throw new IllegalArgumentException("no domain '" + domain + "' in the files given");
			}
			for (WorkloadFact fact : facts) {
				out.printf(Locale.ROOT, "%-40s %s%s   // %s%n", fact.source() + ":", property(fact),
						fact.domain() == null ? "" : " (domain " + DiagnosticFormatter.visible(fact.domain()) + ")",
						DiagnosticFormatter.visible(fact.how()));
			}
			if (write != null) {
				out.println(VmProperties.writeInto(write, vm, values(facts)));
			}
			return ExitCodes.OK;
		} catch (CalibrationInputException | IllegalArgumentException | ModelFileEdit.RefusedException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot read " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
	}

	/** At most one fact of each kind, as the vm's property values; several of one kind are ambiguous. */
	private static Map<String, String> values(List<WorkloadFact> facts) {
		Map<String, String> values = new LinkedHashMap<>();
		for (WorkloadFact fact : facts) {
			String property = property(fact);
			String keyword = fact.kind().property();
			if (values.containsKey(keyword)) {
				throw new IllegalArgumentException("the files give several " + keyword + " values: give one file of each"
						+ " kind (or --domain) for --write");
			}
			values.put(keyword, property.substring(keyword.length() + 1));
		}
		return values;
	}

	/** As the property of a vm is written: {@code dirty-rate 24 MiB/s}, {@code zero-pages 62.5 %}. */
	static String property(WorkloadFact fact) {
		return switch (fact.kind()) {
		case DIRTY_RATE -> String.format(Locale.ROOT, "dirty-rate %s MiB/s", OptionValues.decimal(fact.value() / (1024 * 1024)));
		case ZERO_PAGES -> String.format(Locale.ROOT, "zero-pages %s %%", OptionValues.decimal(fact.value() * 100));
		};
	}

}
