package org.vmmig.dsl.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.Model;

/** The elements a model sees: its own and those of the files it imports, transitively, each file once. */
public final class ModelElements {

	private ModelElements() {
	}

	public static List<Element> visibleFrom(Model model) {
		List<Element> elements = new ArrayList<>();
		Set<Resource> visited = new LinkedHashSet<>();
		collect(model, visited, elements);
		return elements;
	}

	private static void collect(Model model, Set<Resource> visited, List<Element> elements) {
		if (model == null || !visited.add(model.eResource())) {
			return;
		}
		elements.addAll(model.getElements());
		for (Import imported : model.getImports()) {
			Resource resource = imported.getImportURI() == null ? null
					: EcoreUtil2.getResource(model.eResource(), imported.getImportURI());
			if (resource != null && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Model importedModel) {
				collect(importedModel, visited, elements);
			}
		}
	}
}
