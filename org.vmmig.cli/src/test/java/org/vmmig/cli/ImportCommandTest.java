package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vmmig import --from libvirt on an estate captured from libvirt's test driver by scripts/capture-libvirt (the
 * node files in src/test/resources/import/testdriver-nodes, captured into import/libvirt-estate), and on broken
 * exports.
 */
class ImportCommandTest {

	private static final Path IMPORT = Path.of("src", "test", "resources", "import");
	private static final Path ESTATE = IMPORT.resolve("libvirt-estate");

	@Test
	void theCapturedDomainXmlIsValidForLibvirtsOwnSchema() throws Exception {
		List<Path> domains;
		try (Stream<Path> files = Files.walk(ESTATE)) {
			domains = files.filter(p -> p.toString().endsWith(".xml") && p.getParent().endsWith("domains")).sorted().toList();
		}
		assertEquals(4, domains.size());
		for (Path domain : domains) {
			var result = GeneratedRunbookToolsTest.run(
					List.of(GeneratedRunbookToolsTest.tool("virt-xml-validate"), domain.toString(), "domain"), null);
			assertEquals(0, result.exitCode(), domain + ": " + result.output());
		}
	}

	@Test
	void anImportedModelReadsLikeAHandWrittenOneAndTheValidatorReportsWhatTheExportCannotTell(@TempDir Path dir)
			throws Exception {
		Path model = dir.resolve("estate.vmig");
		CommandRun run = vmmig("import", "--from", "libvirt", ESTATE.toString(), "-o", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(Files.readString(IMPORT.resolve("libvirt-estate.expected.vmig")), Files.readString(model));
		List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).map(l -> l.substring(l.indexOf(": error: ") + 9))
				.toList();
		assertEquals(List.of("host hv1 needs 'nic'. [missingProperty]", "host hv2 needs 'nic'. [missingProperty]",
				"host hv3 needs 'nic'. [missingProperty]", "network placeholder_network needs 'bandwidth'. [missingProperty]"),
				errors);
		// the capture has no dirty rates: each VM's is written 'dirty-rate unknown' and reported on its line
		assertEquals(List.of("16:35", "17:35", "18:35", "19:37"), run.err().lines()
				.filter(l -> l.contains(": warning: The dirty rate of vm ") && l.endsWith("[placeholder]"))
				.map(l -> l.substring(model.toString().length() + 1, l.indexOf(": warning: "))).toList(), run.err());
	}

	@Test
	void roundTripImportModelGenerateOnTheTestDriver(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("estate.vmig");
		CommandRun imported = vmmig("import", "--from", "libvirt", ESTATE.toString(), "-o", model.toString(), "--nic", "10Gbps",
				"--network-bandwidth", "10Gbps");
		assertEquals(0, imported.exitCode(), imported.err());
		assertFalse(imported.err().contains("error:"), imported.err());
		Files.writeString(model, Files.readString(model) + """
				policy standard { technique pre-copy  downtime-limit 300 ms  bandwidth-cap 8 Gbps }
				scenario drain { evacuate hv1 using standard }
				""");
		assertEquals(0, vmmig("validate", model.toString()).exitCode());
		Path out = dir.resolve("out");
		CommandRun generated = vmmig("generate", "--target", "libvirt", model.toString(), "-o", out.toString());
		assertEquals(0, generated.exitCode(), generated.err());
		Path nodes = IMPORT.resolve("testdriver-nodes").toAbsolutePath();
		var dryRun = GeneratedRunbookToolsTest.run(List.of("bash", out.resolve("estate-drain.libvirt.sh").toString(),
				"--uri-template", "test://" + nodes + "/{host}.xml"), null);
		assertEquals(0, dryRun.exitCode(), dryRun.output());
		List<String> moved = new ArrayList<>(dryRun.output().lines().filter(l -> l.startsWith("step ")).toList());
		assertEquals(3, moved.size(), dryRun.output()); // db1, web1 and mail leave hv1
		assertTrue(dryRun.output().contains("--copy-storage-all"), "mail's disk is a local file: " + dryRun.output());
	}

	@Test
	void aTruncatedDomainIsRefusedNamingTheFileAndNothingIsWritten(@TempDir Path dir) throws Exception {
		Path estate = copyOfEstate(dir);
		Path db1 = estate.resolve("hv1/domains/db1.xml");
		String xml = Files.readString(db1);
		Files.writeString(db1, xml.substring(0, xml.length() / 2));
		CommandRun run = vmmig("import", "--from", "libvirt", estate.toString(), "-o", dir.resolve("m.vmig").toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("vmmig: " + db1 + ":"), run.err());
		assertTrue(run.err().contains("expected a libvirt domain description (virsh dumpxml), but the XML is not well-formed"), run.err());
		assertFalse(Files.exists(dir.resolve("m.vmig")));
	}

	@Test
	void theWrongKindOfExportIsRefused(@TempDir Path dir) throws Exception {
		Path estate = copyOfEstate(dir);
		Files.copy(estate.resolve("hv1/capabilities.xml"), estate.resolve("hv1/domains/db1.xml"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		CommandRun run = vmmig("import", "--from", "libvirt", estate.toString(), "-o", dir.resolve("m.vmig").toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("db1.xml: expected a libvirt domain description (virsh dumpxml), found <capabilities>"), run.err());
		Files.writeString(estate.resolve("hv2/nodeinfo.txt"), "{\"kind\": \"NodeList\"}\n");
		Files.delete(estate.resolve("hv1/domains/db1.xml"));
		CommandRun nodeinfo = vmmig("import", "--from", "libvirt", estate.toString(), "-o", dir.resolve("m.vmig").toString());
		assertEquals(2, nodeinfo.exitCode());
		assertTrue(nodeinfo.err().contains("nodeinfo.txt: expected the output of 'virsh nodeinfo'"), nodeinfo.err());
		assertFalse(Files.exists(dir.resolve("m.vmig")));
	}

	@Test
	void hostileXmlIsNotExpanded(@TempDir Path dir) throws Exception {
		Path estate = copyOfEstate(dir);
		Files.writeString(estate.resolve("hv1/domains/db1.xml"), """
				<?xml version="1.0"?>
				<!DOCTYPE domain [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<domain type='kvm'><name>&secret;</name><memory>1024</memory></domain>
				""");
		CommandRun run = vmmig("import", "--from", "libvirt", estate.toString(), "-o", dir.resolve("m.vmig").toString());
		assertEquals(2, run.exitCode());
		assertFalse(run.err().contains("root:"), run.err());
		assertTrue(run.err().contains("db1.xml:"), run.err());
	}

	@Test
	void usageMistakes(@TempDir Path dir) {
		assertEquals(2, vmmig("import", "--from", "vmware", ESTATE.toString(), "-o", dir.resolve("m.vmig").toString()).exitCode());
		CommandRun notDir = vmmig("import", "--from", "libvirt", dir.resolve("none").toString(), "-o", dir.resolve("m.vmig").toString());
		assertEquals(2, notDir.exitCode());
		assertTrue(notDir.err().contains("expected a directory with one directory per host"), notDir.err());
		CommandRun nic = vmmig("import", "--from", "libvirt", ESTATE.toString(), "-o", dir.resolve("m.vmig").toString(), "--nic", "10GiB");
		assertEquals(2, nic.exitCode());
		assertTrue(nic.err().contains("--nic expects a positive data rate such as 10Gbps, not '10GiB'"), nic.err());
	}

	private static Path copyOfEstate(Path dir) throws Exception {
		Path copy = dir.resolve("estate");
		try (Stream<Path> files = Files.walk(ESTATE)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(ESTATE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}

}
