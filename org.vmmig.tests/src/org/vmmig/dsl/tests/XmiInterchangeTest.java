package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.dsl.vmig.Model;

import com.google.inject.Inject;

/** A model can leave vmmig as EMF XMI (for other modeling tools) and come back equal. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class XmiInterchangeTest {

	@Inject
	private ModelTester tester;

	@Test
	void aModelSavedAsXmiIsReadBackEqual(@TempDir Path dir) throws Exception {
		Model model = tester.parse(Files.readString(Path.of("..", "examples", "enterprise.vmig")));
		EcoreUtil.resolveAll(model);
		ResourceSet xmiSet = new ResourceSetImpl();
		xmiSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		URI uri = URI.createFileURI(dir.resolve("enterprise.xmi").toString());
		Resource out = xmiSet.createResource(uri);
		out.getContents().add(EcoreUtil.copy(model));
		out.save(null);

		Resource in = new ResourceSetImpl() {
			{
				getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
			}
		}.getResource(uri, true);
		EObject readBack = in.getContents().get(0);
		assertTrue(EcoreUtil.equals(model, readBack), "the XMI copy equals the parsed model");
		assertTrue(Files.readString(dir.resolve("enterprise.xmi")).contains("erp"), "names are in the XMI");
	}
}
