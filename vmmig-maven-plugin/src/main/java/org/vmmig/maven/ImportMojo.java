package org.vmmig.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vmmig.importer.EstateImport;
import org.vmmig.importer.ImportException;
import org.vmmig.report.AtomicFiles;

/**
 * Writes a .vmig model from an estate's exports, as {@code vmmig import} does (docs/import.md): libvirt (a directory
 * per host), kubevirt (kubectl's JSON) or openstack (the openstack client's JSON lists). A refused export fails the
 * build and writes nothing; what the export cannot tell is left as placeholders the validator reports.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

	/** libvirt, kubevirt or openstack. */
	@Parameter(property = "vmmig.from", required = true)
	String from;

	/** The export: a directory for libvirt, one JSON file for kubevirt, the JSON files for openstack. */
	@Parameter(property = "vmmig.exports", required = true)
	List<File> exports;

	/** The model to write. */
	@Parameter(property = "vmmig.model", required = true)
	File model;

	/** Every host's NIC speed, e.g. 10Gbps (exports do not say; without it, a placeholder). */
	@Parameter(property = "vmmig.nic")
	String nic;

	/** The bandwidth of the network joining the hosts, e.g. 10Gbps (without it, a placeholder). */
	@Parameter(property = "vmmig.networkBandwidth")
	String networkBandwidth;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		try {
			EstateImport.Result result = EstateImport.of(from, exports.stream().map(File::toPath).toList(),
					EstateImport.bitsPerSecond("<nic>", nic), EstateImport.bitsPerSecond("<networkBandwidth>", networkBandwidth));
			AtomicFiles.write(model.toPath(), result.text());
			getLog().info("vmmig: imported " + model + " (" + result.hosts() + " hosts, " + result.vms() + " VMs)");
		} catch (ImportException e) {
			throw new MojoFailureException("vmmig: " + e.getMessage());
		} catch (IOException e) {
			throw new MojoExecutionException("vmmig: cannot import into " + model + ": " + e.getMessage(), e);
		}
	}
}
