package org.vmmig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal writes the very files vmmig generate writes (the CLI's golden files), and refuses as it does. */
class GenerateMojoTest {

	private static final Path EXPECTED = Path.of("..", "org.vmmig.cli", "src", "test", "resources", "generated");

	@Test
	void theGoalWritesWhatTheCliWrites(@TempDir Path output) throws Exception {
		for (String target : List.of("libvirt", "ansible", "kubevirt", "nova")) {
			GenerateMojo mojo = mojo(Path.of("..", "examples", "lab.vmig"), output.resolve(target), target);
			mojo.execute();
			for (Path file : list(output.resolve(target))) {
				assertEquals(Files.readString(EXPECTED.resolve(target).resolve(file.getFileName())), Files.readString(file),
						target + ": " + file.getFileName());
			}
			assertTrue(!list(output.resolve(target)).isEmpty());
		}
	}

	@Test
	void anInfeasiblePlanFailsTheBuildAndWritesNothing(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("full.vmig");
		Files.writeString(model, """
				host h1 { memory 64 GiB  nic 10 Gbps }
				host h2 { memory 8 GiB  nic 10 Gbps }
				network lab { bandwidth 10 Gbps  latency 0.2 ms  connects h1, h2 }
				vm big { memory 32 GiB  dirty-rate 20 MiB/s  on h1 }
				policy p { technique pre-copy }
				scenario drain { evacuate h1 using p }
				""");
		MojoFailureException e = assertThrows(MojoFailureException.class, mojo(model, dir.resolve("out"), "nova")::execute);
		assertTrue(e.getMessage().contains("the plan cannot place every VM"), e.getMessage());
		assertTrue(!Files.exists(dir.resolve("out")));
	}

	@Test
	void anUnknownTargetIsAClearBuildError(@TempDir Path dir) {
		MojoExecutionException e = assertThrows(MojoExecutionException.class,
				mojo(Path.of("..", "examples", "lab.vmig"), dir, "vmware")::execute);
		assertEquals("vmmig: <target> is one of libvirt, ansible, kubevirt, nova, not 'vmware'", e.getMessage());
	}

	private static GenerateMojo mojo(Path model, Path output, String target) {
		GenerateMojo mojo = new GenerateMojo();
		mojo.models = List.of(model.toFile());
		mojo.outputDirectory = output.toFile();
		mojo.target = target;
		mojo.costModel = "live";
		return mojo;
	}

	private static List<Path> list(Path dir) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
