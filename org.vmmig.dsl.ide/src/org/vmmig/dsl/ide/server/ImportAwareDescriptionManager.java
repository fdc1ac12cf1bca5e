package org.vmmig.dsl.ide.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.Model;

/**
 * Tells the language server's builder which files to check again when a file changes: besides Xtext's rule (a
 * changed name this file looked up), every file that imports the changed one. The language's scopes read imported
 * files directly, so Xtext would not know that {@code import "topology.vmig"} depends on topology.vmig; the import
 * is recorded among the file's imported names as {@code import:<absolute URI>}.
 */
public class ImportAwareDescriptionManager extends DefaultResourceDescriptionManager {

	private static final String IMPORT = "import:";

	@Override
	protected IResourceDescription internalGetResourceDescription(Resource resource,
			IDefaultResourceDescriptionStrategy strategy) {
		List<QualifiedName> imports = imports(resource);
		return new DefaultResourceDescription(resource, strategy, getCache()) {
			@Override
			public Iterable<QualifiedName> getImportedNames() {
				List<QualifiedName> names = new ArrayList<>(imports);
				super.getImportedNames().forEach(names::add);
				return names;
			}
		};
	}

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		if (super.isAffected(deltas, candidate, context)) {
			return true;
		}
		List<QualifiedName> imported = new ArrayList<>();
		candidate.getImportedNames().forEach(imported::add);
		return deltas.stream().anyMatch(delta -> imported.contains(importName(delta.getUri())));
	}

	private static List<QualifiedName> imports(Resource resource) {
		List<QualifiedName> names = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return names;
		}
		for (Import imported : model.getImports()) {
			if (imported.getImportURI() != null && !imported.getImportURI().isBlank()) {
				try {
					names.add(importName(URI.createURI(imported.getImportURI()).resolve(resource.getURI())));
				} catch (IllegalArgumentException notAUri) {
					// the validator reports it
				}
			}
		}
		return names;
	}

	private static QualifiedName importName(URI uri) {
		return QualifiedName.create(IMPORT + uri.toString().toLowerCase(Locale.ROOT));
	}
}
