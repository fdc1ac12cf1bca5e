package org.vmmig.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.generator.GenerationRefused;
import org.vmmig.generator.RunbookFiles;
import org.vmmig.generator.RunbookGenerator;
import org.vmmig.generator.Target;

/**
 * Writes what carries out each scenario's plan on a target, as {@code vmmig generate} does (docs/generate.md): a
 * virsh runbook, an Ansible playbook, KubeVirt manifests or an OpenStack runbook with nova.conf settings. Models
 * with errors and infeasible plans fail the build, and nothing is written; knobs the target cannot realise are
 * warnings.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

	/** The model files, or directories searched for .vmig files. */
	@Parameter(defaultValue = "${project.basedir}/src/main/vmig", required = true)
	List<File> models;

	/** Where the generated files go. */
	@Parameter(defaultValue = "${project.build.directory}/vmmig-runbooks", required = true)
	File outputDirectory;

	/** libvirt, ansible, kubevirt or nova. */
	@Parameter(property = "vmmig.target", required = true)
	String target;

	/** Only this scenario (default: every scenario with a plan). */
	@Parameter(property = "vmmig.scenario")
	String scenario;

	/** The migration cost model: live, or cloudsim. */
	@Parameter(property = "vmmig.costModel", defaultValue = "live")
	String costModel;

	/** The downtime limit of policies that set none, e.g. 100ms (default: 300ms, QEMU's). */
	@Parameter(property = "vmmig.defaultDowntimeLimit")
	String defaultDowntimeLimit;

	/** Skips the goal. */
	@Parameter(property = "vmmig.skip", defaultValue = "false")
	boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("vmmig: generate skipped");
			return;
		}
		Target chosen = Target.of(target == null ? "" : target);
		if (chosen == null) {
			throw new MojoExecutionException("vmmig: <target> is one of " + Target.names() + ", not '" + target + "'");
		}
		RunbookGenerator generator = new RunbookGenerator(ReportMojo.options(costModel, false, defaultDowntimeLimit, null));
		List<LoadedFile> files = ModelFiles.load(models, getLog());
		ModelFiles.failOnErrors(files, ": nothing generated");
		Map<String, String> generated = new LinkedHashMap<>();
		for (LoadedFile file : files) {
			try {
				RunbookGenerator.Generated result = generator.generate(file.model(), chosen, scenario);
				result.warnings().forEach(w -> getLog().warn("vmmig: " + file.path() + ": " + w));
				result.skipped().forEach(s -> getLog().info("vmmig: skipped: " + file.path() + ": " + s));
				generated.putAll(result.files());
			} catch (GenerationRefused e) {
				throw new MojoFailureException("vmmig: nothing generated: " + file.path() + ": " + e.getMessage());
			}
		}
		Path directory = outputDirectory.toPath();
		try {
			RunbookFiles.write(generated, directory).forEach(f -> getLog().info("vmmig: generated " + f));
		} catch (IOException e) {
			throw new MojoExecutionException("vmmig: cannot write to " + directory + ": " + e.getMessage(), e);
		}
	}
}
