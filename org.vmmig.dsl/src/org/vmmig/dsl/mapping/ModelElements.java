package org.vmmig.dsl.mapping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.Model;

/** The elements a model sees: its own and those of the files it imports, transitively, each file once. */
public final class ModelElements {

	/** Xtext's per-resource cache, emptied when the resource changes (shared by all its instances). */
	private static final IResourceScopeCache CACHE = new OnChangeEvictingCache();

	private ModelElements() {
	}

	public static List<Element> visibleFrom(Model model) {
		if (model.eResource() == null) {
			return new ArrayList<>(model.getElements());
		}
		List<Element> elements = new ArrayList<>();
		for (ImportClosure cell = ImportClosure.of(model.eResource()); cell != null; cell = cell.rest) {
			Model visible = modelOf(cell.file);
			if (visible != null) {
				elements.addAll(visible.getElements());
			}
		}
		return elements;
	}

	/**
	 * The file and every file it imports, transitively, each once, in depth-first import order (the file
	 * first). Files that could not be read are left out; files with syntax errors are in (with what parsed).
	 * Import chains of any depth: see {@link ImportClosure}.
	 */
	public static List<Resource> importClosure(Resource resource) {
		return resource == null ? List.of() : ImportClosure.of(resource).toList();
	}

	/**
	 * The files a file's import statements name that could be read, in statement order; cached until the
	 * file changes, since every file's closure walks them (resolving an import URI is not cheap).
	 */
	public static List<Resource> directImports(Resource resource) {
		return CACHE.get(ModelElements.class, resource, () -> resolveImports(resource));
	}

	private static List<Resource> resolveImports(Resource resource) {
		Model model = modelOf(resource);
		if (model == null) {
			return List.of();
		}
		List<Resource> imports = new ArrayList<>();
		for (Import imported : model.getImports()) {
			Resource target = resolve(imported);
			if (target != null) {
				imports.add(target);
			}
		}
		return List.copyOf(imports);
	}

	/** The file an import statement names, loaded into the importing file's resource set, or null if unreadable. */
	public static Resource resolve(Import imported) {
		String uri = imported.getImportURI();
		if (uri == null || uri.isBlank() || imported.eResource() == null) {
			return null;
		}
		if (refusal(imported) != null) {
			return null; // never loaded: a URL, a device, a FIFO or a file beyond the cap (ImportValidator says which)
		}
		try {
			Resource target = EcoreUtil2.getResource(imported.eResource(), uri);
			// a file that could not be read keeps the exception among its errors; syntax errors are no exceptions
			return target == null || !target.isLoaded() || target.getErrors().stream().anyMatch(Exception.class::isInstance)
					? null : target;
		} catch (RuntimeException unreadable) {
			return null;
		}
	}

	/** Why the file an import names may not be read ({@link NamedFiles}), or null when it may. */
	public static String refusal(Import imported) {
		org.eclipse.emf.common.util.URI base = imported.eResource() == null ? null : imported.eResource().getURI();
		org.eclipse.emf.common.util.URI target;
		try {
			target = org.eclipse.emf.common.util.URI.createURI(imported.getImportURI());
		} catch (IllegalArgumentException malformed) {
			return "not a file name";
		}
		if (target.isRelative() && base != null && base.isHierarchical() && !base.isRelative()) {
			target = target.resolve(base);
		} else if (target.isRelative()) {
			return null; // a model not in a file (an editor buffer): nothing to read from yet
		}
		return NamedFiles.refusal(target, NamedFiles.MAX_IMPORT_BYTES);
	}

	/** The model a file holds, or null when nothing of it parsed. */
	public static Model modelOf(Resource resource) {
		return resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Model model) ? null : model;
	}
}
