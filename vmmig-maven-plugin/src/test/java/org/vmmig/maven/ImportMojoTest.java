package org.vmmig.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import goal writes the model vmmig import writes, and refuses what it refuses. */
class ImportMojoTest {

	private static final Path IMPORT = Path.of("..", "org.vmmig.cli", "src", "test", "resources", "import");

	private static ImportMojo mojo(String from, Path export, Path model) {
		ImportMojo mojo = new ImportMojo();
		mojo.from = from;
		mojo.exports = List.of(export.toFile());
		mojo.model = model.toFile();
		return mojo;
	}

	@Test
	void theGoalWritesWhatTheCliWrites(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("estate.vmig");
		mojo("libvirt", IMPORT.resolve("libvirt-estate"), model).execute();
		assertEquals(Files.readString(IMPORT.resolve("libvirt-estate.expected.vmig")), Files.readString(model));
		Path cluster = dir.resolve("k.vmig");
		mojo("kubevirt", IMPORT.resolve("kubevirt/nodes-vmi.json"), cluster).execute();
		assertEquals(Files.readString(IMPORT.resolve("kubevirt.expected.vmig")), Files.readString(cluster));
	}

	@Test
	void aWrongExportFailsTheBuildAndWritesNothing(@TempDir Path dir) {
		Path model = dir.resolve("m.vmig");
		MojoFailureException e = assertThrows(MojoFailureException.class,
				mojo("kubevirt", IMPORT.resolve("openstack/servers.json"), model)::execute);
		assertTrue(e.getMessage().contains("servers.json: expected the output of 'kubectl get nodes,vmi -o json'"), e.getMessage());
		assertFalse(Files.exists(model));
	}
}
