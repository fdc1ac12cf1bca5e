package org.vmmig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vmmig.cli.InputFiles.InputException;
import org.vmmig.importer.EstateImport;
import org.vmmig.importer.ImportException;
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
			if (!output.getFileName().toString().endsWith(".vmig")) {
				throw new InputException("the model to write should end in .vmig: " + output);
			}
			double nicBits = EstateImport.bitsPerSecond("--nic", nic);
			double networkBits = EstateImport.bitsPerSecond("--network-bandwidth", networkBandwidth);
			EstateImport.Result imported = EstateImport.of(from, exports, nicBits, networkBits);
			AtomicFiles.write(output, imported.text());
			out.println("imported: " + output + " (" + imported.hosts() + " hosts, " + imported.vms() + " VMs)");
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
}
