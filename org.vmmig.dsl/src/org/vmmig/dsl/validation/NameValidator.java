package org.vmmig.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/**
 * Names must be unique in a model and the files it imports, transitively: hosts, VMs, networks, policies
 * and scenarios share one namespace, so a reference like {@code on h1} can never be ambiguous.
 * <p>
 * Each clash is reported once, by the file that first sees both declarations: on the local declaration
 * when one of them is local, else on the {@code import} that brings in the second one — unless one import
 * alone brings in both, in which case a file further down the chain reports it.
 */
public class NameValidator extends ComposedValidator {

	/** The same name declared in two imported files. */
	private record Clash(Element first, Element second) {
	}

	@Check
	public void checkNamesAreUnique(Model model) {
		Map<String, Element> local = checkLocalNames(model);
		// with one import, a clash between imported files is reported further down the chain
		boolean clashesReportedHere = model.getImports().size() > 1;
		Map<String, Element> firstImported = new HashMap<>();
		List<Clash> importedClashes = new ArrayList<>();
		for (Element imported : ModelElements.visibleFrom(model)) {
			if (imported.eResource() == model.eResource() || imported.getName() == null) {
				continue;
			}
			Element clash = local.get(imported.getName());
			if (clash != null) {
				error("Duplicate name '" + clash.getName() + "': the imported file "
						+ ImportValidator.relative(imported.eResource(), model.eResource()) + " declares a " + kind(imported)
						+ " of that name at line " + line(imported) + ".", clash, Literals.ELEMENT__NAME,
						VmigIssueCodes.DUPLICATE_NAME, clash.getName());
				continue;
			}
			if (!clashesReportedHere) {
				continue;
			}
			Element earlier = firstImported.putIfAbsent(imported.getName(), imported);
			if (earlier != null && earlier.eResource() != imported.eResource()) {
				importedClashes.add(new Clash(earlier, imported));
			}
		}
		if (!importedClashes.isEmpty()) {
			reportImportedClashes(model, importedClashes);
		}
	}

	/** Reports names declared twice in the file; returns the file's names. */
	private Map<String, Element> checkLocalNames(Model model) {
		Map<String, Element> local = new HashMap<>();
		for (Element element : model.getElements()) {
			if (element.getName() == null) {
				continue;
			}
			Element earlier = local.putIfAbsent(element.getName(), element);
			if (earlier != null) {
				reportDuplicate(element, earlier);
				reportDuplicate(earlier, element);
			}
		}
		return local;
	}

	/** On the import that brings in the second declaration, unless one import brings in both. */
	private void reportImportedClashes(Model model, List<Clash> clashes) {
		List<Set<Resource>> closures = new ArrayList<>();
		for (Import statement : model.getImports()) {
			Resource target = ModelElements.resolve(statement);
			closures.add(target == null ? Set.of() : new HashSet<>(ModelElements.importClosure(target)));
		}
		Resource here = model.eResource();
		for (Clash clash : clashes) {
			Resource first = clash.first().eResource();
			Resource second = clash.second().eResource();
			if (closures.stream().anyMatch(c -> c.contains(first) && c.contains(second))) {
				continue; // one imported file sees both and reports it
			}
			for (int i = 0; i < closures.size(); i++) {
				if (closures.get(i).contains(second)) {
					error("Duplicate name '" + clash.second().getName() + "': the " + kind(clash.first()) + " in "
							+ place(clash.first(), here) + " and the " + kind(clash.second()) + " in "
							+ place(clash.second(), here) + ", both imported here.", model.getImports().get(i),
							Literals.IMPORT__IMPORT_URI, VmigIssueCodes.DUPLICATE_NAME, clash.second().getName());
					break;
				}
			}
		}
	}

	private void reportDuplicate(Element element, Element other) {
		error("Duplicate name '" + element.getName() + "': also the " + kind(other) + " at line " + line(other) + ".",
				element, Literals.ELEMENT__NAME, VmigIssueCodes.DUPLICATE_NAME, element.getName());
	}

	/** "topology.vmig at line 3": the file relative to the one reporting, and the line of the declared name. */
	private static String place(Element element, Resource reporting) {
		return ImportValidator.relative(element.eResource(), reporting) + " at line " + line(element);
	}

	private static int line(Element element) {
		List<INode> name = NodeModelUtils.findNodesForFeature(element, Literals.ELEMENT__NAME);
		return name.isEmpty() ? NodeModelUtils.getNode(element).getStartLine() : name.get(0).getStartLine();
	}

	/** "host", "vm", "network", ...: the keyword that declares the element. */
	private static String kind(Element element) {
		return element.eClass().getName().toLowerCase();
	}
}
