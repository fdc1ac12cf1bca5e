package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.plan.Plan;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A topology kept in one file, workloads and scenarios in others: names resolve across imports. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class MultiFileTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private Resource load(Path file) {
		return resourceSets.get().getResource(URI.createFileURI(file.toString()), true);
	}

	private String issues(Resource resource) {
		return ModelTester.render(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
	}

	@Test
	void aScenarioPlansOverHostsAndVmsDeclaredInImportedFiles(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), """
				host h1 { memory 64 GiB nic 10 Gbps }
				host h2 { memory 64 GiB nic 10 Gbps }
				network lan { bandwidth 10 Gbps connects h1, h2 }
				""");
		Files.createDirectories(dir.resolve("apps"));
		Files.writeString(dir.resolve("apps/web.vmig"), """
				import "../topology.vmig"
				vm web { memory 8 GiB dirty-rate 50 MiB/s on h1 }
				""");
		Path plan = dir.resolve("drain.vmig");
		Files.writeString(plan, """
				import "apps/web.vmig"
				import "topology.vmig"
				policy p { downtime-limit 300 ms }
				scenario drain { evacuate h1 using p }
				""");
		Resource resource = load(plan);
		assertEquals("", issues(resource));
		Scenario scenario = (Scenario) ((Model) resource.getContents().get(0)).getElements().get(1);
		Plan result = new ScenarioRunner(RunOptions.DEFAULTS).run(scenario).plan();
		assertEquals(1, result.migrations().size(), "the VM of the imported file is evacuated");
		assertEquals("h2", result.migrations().get(0).targetHost());
	}

	@Test
	void aNameAlsoDeclaredInAnImportedFileIsAnError(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), "host h1 { memory 64 GiB nic 10 Gbps }\n");
		Path file = dir.resolve("more.vmig");
		Files.writeString(file, "import \"topology.vmig\"\nhost h1 { memory 8 GiB nic 1 Gbps }\n");
		assertEquals("ERROR (duplicateName) 'Duplicate name 'h1': the imported file topology.vmig declares a host of "
				+ "that name at line 1.' at 2:6", issues(load(file)));
	}

	@Test
	void aMissingImportIsAnErrorOnTheImport(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("broken.vmig");
		Files.writeString(file, """
				import "nowhere.vmig"
				vm a { memory 1 GiB on h1 }
				""");
		String issues = issues(load(file));
		assertTrue(issues.startsWith("ERROR (badImport) 'Cannot import 'nowhere.vmig': no such file (relative to "
				+ "this file).' at 1:8"), issues);
		assertTrue(issues.contains("ERROR (Linking) 'Couldn't resolve reference to Host 'h1'.' at 2:24"), issues);
	}

	@Test
	void anImportedFileWithAnErrorIsAnErrorOnTheImportNamingItsLine(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), """
				host h1 { memory 64 GiB nic 10 Gbps }
				host h2 { memory 64 Gbps nic 10 Gbps }
				""");
		Path file = dir.resolve("drain.vmig");
		Files.writeString(file, """
				import "topology.vmig"
				vm web { memory 8 GiB dirty-rate 50 MiB/s on h1 }
				""");
		assertEquals("ERROR (importedFileHasErrors) 'The imported file 'topology.vmig' has 1 error(s); the first at "
				+ "line 2: 'memory' expects a data size, but 'Gbps' is a data rate.' at 1:8", issues(load(file)));
	}

	@Test
	void anImportedFileWithASyntaxErrorIsNotSilentlyDropped(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("topology.vmig"), """
				host h1 { memory 64 GiB nic 10 Gbps }
				host h2 { memory 64 GiB nic 10 Gbps }
				network lan { bandwidth 10 Gbps connects h1, h2 ]
				""");
		Path file = dir.resolve("drain.vmig");
		Files.writeString(file, """
				import "topology.vmig"
				vm web { memory 8 GiB dirty-rate 50 MiB/s on h1 }
				""");
		String issues = issues(load(file));
		assertTrue(issues.startsWith("ERROR (importedFileHasErrors) 'The imported file 'topology.vmig' has 1 error(s); "
				+ "the first at line 3: "), issues);
		assertTrue(issues.endsWith("' at 1:8"), issues);
	}

	@Test
	void anErrorFurtherDownTheImportChainNamesTheFileItIsIn(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("sites"));
		Files.writeString(dir.resolve("sites/hosts.vmig"), "host h1 { memory 64 GiB nic 10 % }\n");
		Files.writeString(dir.resolve("topology.vmig"), """
				import "sites/hosts.vmig"
				host h2 { memory 64 GiB nic 10 Gbps }
				""");
		Path file = dir.resolve("drain.vmig");
		Files.writeString(file, "import \"topology.vmig\"\nvm web { memory 8 GiB on h1 }\n");
		assertEquals("ERROR (importedFileHasErrors) 'The imported file 'topology.vmig' has 1 error(s) with the files it "
				+ "imports; the first in sites/hosts.vmig at line 1: 'nic' expects a data rate, but '%' is a ratio.' at 1:8",
				issues(load(file)));
	}

	@Test
	void aNameDeclaredInTwoImportedFilesIsAnErrorNamingBothPlaces(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("rack1.vmig"), "host h1 { memory 64 GiB nic 10 Gbps }\n");
		Files.writeString(dir.resolve("rack2.vmig"), "\nhost h2 { memory 64 GiB nic 10 Gbps }\nhost h1 { memory 8 GiB nic 1 Gbps }\n");
		Path file = dir.resolve("drain.vmig");
		Files.writeString(file, """
				import "rack1.vmig"
				import "rack2.vmig"
				vm web { memory 8 GiB on h2 }
				""");
		assertEquals("ERROR (duplicateName) 'Duplicate name 'h1': the host in rack1.vmig at line 1 and the host in "
				+ "rack2.vmig at line 3, both imported here.' at 2:8", issues(load(file)));
	}

	@Test
	void aDuplicateNameIsReportedByTheFileThatFirstSeesBoth(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("rack1.vmig"), "host h1 { memory 64 GiB nic 10 Gbps }\n");
		Files.writeString(dir.resolve("rack2.vmig"), "host h1 { memory 8 GiB nic 1 Gbps }\n");
		Files.writeString(dir.resolve("racks.vmig"), "import \"rack1.vmig\"\nimport \"rack2.vmig\"\n");
		Path file = dir.resolve("drain.vmig");
		Files.writeString(file, "import \"racks.vmig\"\n");
		assertEquals("ERROR (duplicateName) 'Duplicate name 'h1': the host in rack1.vmig at line 1 and the host in "
				+ "rack2.vmig at line 1, both imported here.' at 2:8", issues(load(dir.resolve("racks.vmig"))));
		assertEquals("ERROR (importedFileHasErrors) 'The imported file 'racks.vmig' has 1 error(s); the first at line 2: "
				+ "Duplicate name 'h1': the host in rack1.vmig at line 1 and the host in rack2.vmig at line 1, both "
				+ "imported here.' at 1:8", issues(load(file)));
	}

	@Test
	void anImportChainOfAnyDepthValidates(@TempDir Path dir) throws Exception {
		Path file = chain(dir, 5_000, "host h0 { memory 64 GiB nic 10 Gbps }");
		Resource resource = load(file);
		assertEquals("", issues(resource));
		Scenario scenario = (Scenario) ((Model) resource.getContents().get(0)).getElements().get(3);
		assertEquals(1, new ScenarioRunner(RunOptions.DEFAULTS).run(scenario).plan().migrations().size(),
				"the VM on the host at the chain's end moves to a host declared along the chain");
	}

	@Test
	void anErrorAtTheEndOfAnImportChainIsReportedAtItsTop(@TempDir Path dir) throws Exception {
		Path file = chain(dir, 50, "host h0 { memory 64 Gbps nic 10 Gbps }");
		assertEquals("ERROR (importedFileHasErrors) 'The imported file 'f1.vmig' has 1 error(s) with the files it "
				+ "imports; the first in f50.vmig at line 1: 'memory' expects a data size, but 'Gbps' is a data rate.' "
				+ "at 1:8", issues(load(file)));
	}

	/** drain.vmig imports f1.vmig, which imports f2.vmig … f{depth}.vmig, which declares {@code last}. */
	private static Path chain(Path dir, int depth, String last) throws Exception {
		Files.writeString(dir.resolve("f" + depth + ".vmig"), last + "\n");
		for (int i = depth - 1; i >= 1; i--) {
			Files.writeString(dir.resolve("f" + i + ".vmig"),
					"import \"f" + (i + 1) + ".vmig\"\nhost h" + i + " { memory 64 GiB nic 10 Gbps }\n");
		}
		Path file = dir.resolve("drain.vmig");
		Files.writeString(file, """
				import "f1.vmig"
				network lan { bandwidth 10 Gbps connects h0, h1 }
				vm web { memory 8 GiB dirty-rate 50 MiB/s on h0 }
				policy p { downtime-limit 300 ms }
				scenario drain { evacuate h0 using p }
				""");
		return file;
	}
}
