package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.cli.imports.Estate;
import org.vmmig.cli.imports.ImportException;
import org.vmmig.cli.imports.KubevirtExport;
import org.vmmig.cli.imports.OpenstackExport;
import org.vmmig.cli.imports.LibvirtExport;
import org.vmmig.cli.imports.ModelWriter;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Quantity;
import org.vmmig.report.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Writes a .vmig model of an estate from what its tools export: libvirt (a directory per host "
				+ "with virsh nodeinfo, dumpxml and domstats, as scripts/capture-libvirt writes it), kubevirt (the JSON of "
				+ "'kubectl get nodes,vmi -A -o json'), openstack (the JSON of 'openstack hypervisor list --long', "
				+ "'openstack server list --long' and optionally 'openstack flavor list --long'). What an export "
				+ "cannot tell (the network between hosts, NIC speeds) is left as a placeholder the validator reports.",
				"Formats: docs/import.md." })
public final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--from", paramLabel = "KIND", required = true, description = "libvirt, kubevirt or openstack")
	String from;

	@Parameters(arity = "1..*", paramLabel = "EXPORT",
			description = "libvirt: a directory with one directory per host; kubevirt: one JSON file; openstack: its JSON files")
	List<Path> exports;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", required = true, description = "the model to write (.vmig)")
	Path output;

	@Option(names = "--nic", paramLabel = "RATE", description = "every host's NIC speed, e.g. 10Gbps (exports do not say)")
	String nic;

	@Option(names = "--network-bandwidth", paramLabel = "RATE",
			description = "the bandwidth of the network joining the hosts, e.g. 10Gbps (exports do not say)")
	String networkBandwidth;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			Path export = exports.get(0);
			if (!List.of("libvirt", "kubevirt", "openstack").contains(from)) {
				throw new InputException("unknown export kind '" + from + "'; expected libvirt, kubevirt or openstack");
			}
			if (!from.equals("openstack") && exports.size() > 1) {
				throw new InputException("--from " + from + " reads one export, not " + exports.size());
			}
			if (!output.getFileName().toString().endsWith(".vmig")) {
				throw new InputException("the model to write should end in .vmig: " + output);
			}
			double nicBits = bitsPerSecond("--nic", nic);
			double networkBits = bitsPerSecond("--network-bandwidth", networkBandwidth);
			Estate estate = switch (from) {
			case "libvirt" -> LibvirtExport.read(export);
			case "kubevirt" -> KubevirtExport.read(export);
			default -> OpenstackExport.read(exports);
			};
			String names = String.join(", ", exports.stream().map(e -> e.toAbsolutePath().normalize().getFileName().toString()).toList());
			String text = new ModelWriter().write(estate, "the " + from + " export " + names, nicBits, networkBits);
			AtomicFiles.write(output, text);
			out.println("imported: " + output + " (" + estate.hosts().size() + " hosts, " + estate.vms().size() + " VMs)");
			List<ModelWorkspace.LoadedFile> files = new ModelCheck().loadAndReport(List.of(output), err);
			if (ModelCheck.count(files, Diagnostic.Severity.ERROR) > 0) {
				out.println("fill in the placeholders the validator reports above (see the model's header), then add a policy and a scenario");
			}
			return ExitCodes.OK;
		} catch (ImportException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (InputException e) {
			err.println("vmmig: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		} catch (IOException e) {
			err.println("vmmig: cannot import " + exports + " into " + output + ": " + IoMessages.describe(e));
			return ExitCodes.USAGE_OR_IO;
		}
	}

	private static double bitsPerSecond(String option, String text) throws InputException {
		if (text == null) {
			return 0;
		}
		try {
			Quantity q = Quantity.parse(text);
			if (q.dimension() != Dimension.DATA_RATE || q.value() <= 0) {
				throw new InputException(option + " expects a positive data rate such as 10Gbps, not '" + text + "'");
			}
			return q.toBase() * 8;
		} catch (IllegalArgumentException e) {
			throw new InputException(option + ": " + e.getMessage());
		}
	}
}
