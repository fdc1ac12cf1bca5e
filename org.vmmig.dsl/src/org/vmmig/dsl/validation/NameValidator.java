package org.vmmig.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/**
 * Names must be unique in a model and the files it imports: hosts, VMs, networks, policies and scenarios
 * share one namespace, so a reference like {@code on h1} can never be ambiguous.
 */
public class NameValidator extends ComposedValidator {

	@Check
	public void checkNamesAreUnique(Model model) {
		Map<String, Element> first = new HashMap<>();
		for (Element element : model.getElements()) {
			if (element.getName() == null) {
				continue;
			}
			Element earlier = first.putIfAbsent(element.getName(), element);
			if (earlier != null) {
				reportDuplicate(element, earlier);
				reportDuplicate(earlier, element);
			}
		}
		for (Element imported : ModelElements.visibleFrom(model)) {
			Element local = imported.eResource() == model.eResource() ? null : first.get(imported.getName());
			if (local != null) {
				error("Duplicate name '" + local.getName() + "': the imported file " + imported.eResource().getURI()
						.lastSegment() + " declares a " + kind(imported) + " of that name.", local, Literals.ELEMENT__NAME,
						VmigIssueCodes.DUPLICATE_NAME, local.getName());
			}
		}
	}

	private void reportDuplicate(Element element, Element other) {
		error("Duplicate name '" + element.getName() + "': also the " + kind(other) + " at line "
				+ NodeModelUtils.getNode(other).getStartLine() + ".", element, Literals.ELEMENT__NAME,
				VmigIssueCodes.DUPLICATE_NAME, element.getName());
	}

	/** "host", "vm", "network", ...: the keyword that declares the element. */
	private static String kind(Element element) {
		return element.eClass().getName().toLowerCase();
	}
}
