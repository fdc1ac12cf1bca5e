package org.vmmig.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.VmigPackage;

import com.google.inject.Inject;

/**
 * Every reference of the language names a top-level element (a host, zone, VM, policy …) of the file or of
 * the files it imports. One name-indexed scope per element type and file version serves all references:
 * models of 10^5 VMs link in one pass instead of rebuilding Xtext's layered scopes per reference.
 */
public class VmigScopeProvider extends AbstractVmigScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		EClass type = reference.getEReferenceType();
		Resource resource = context.eResource();
		if (resource == null || !VmigPackage.Literals.ELEMENT.isSuperTypeOf(type)) {
			return super.getScope(context, reference);
		}
		return cache.get(Tuples.pair(VmigScopeProvider.class, type), resource, () -> elementsOfType(resource, type));
	}

	private static IScope elementsOfType(Resource resource, EClass type) {
		Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
		if (model == null) {
			return IScope.NULLSCOPE;
		}
		List<IEObjectDescription> descriptions = new ArrayList<>();
		List<Element> own = new ArrayList<>();
		for (Element element : ModelElements.visibleFrom(model)) {
			if (type.isInstance(element) && element.getName() != null) {
				// the file's own elements first: a local name shadows an imported one
				if (element.eResource() == resource) {
					own.add(element);
				} else {
					descriptions.add(EObjectDescription.create(QualifiedName.create(element.getName()), element));
				}
			}
		}
		IScope imported = MapBasedScope.createScope(IScope.NULLSCOPE, descriptions);
		return MapBasedScope.createScope(imported,
				own.stream().map(e -> EObjectDescription.create(QualifiedName.create(e.getName()), e)).toList());
	}
}
