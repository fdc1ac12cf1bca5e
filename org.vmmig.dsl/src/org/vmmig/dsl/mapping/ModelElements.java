package org.vmmig.dsl.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
		List<Element> elements = new ArrayList<>();
		for (Resource resource : importClosure(model.eResource())) {
			Model visible = modelOf(resource);
			if (visible != null) {
				elements.addAll(visible.getElements());
			}
		}
		return elements;
	}

	/**
	 * The file and every file it imports, transitively, each once, in depth-first import order (the file
	 * first). Files that could not be read are left out; files with syntax errors are in (with what parsed).
	 * Iterative rather than recursive: an import chain of any depth must not overflow the stack.
	 */
	public static List<Resource> importClosure(Resource resource) {
		Set<Resource> visited = new LinkedHashSet<>();
		if (resource == null) {
			return List.of();
		}
		Deque<Resource> pending = new ArrayDeque<>();
		pending.push(resource);
		while (!pending.isEmpty()) {
			Resource next = pending.pop();
			if (!visited.add(next)) {
				continue;
			}
			List<Resource> imports = directImports(next);
			// pushed in reverse so that the first import is visited first
			for (int i = imports.size() - 1; i >= 0; i--) {
				if (!visited.contains(imports.get(i))) {
					pending.push(imports.get(i));
				}
			}
		}
		return new ArrayList<>(visited);
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
		try {
			Resource target = EcoreUtil2.getResource(imported.eResource(), uri);
			// a file that could not be read keeps the exception among its errors; syntax errors are no exceptions
			return target == null || !target.isLoaded() || target.getErrors().stream().anyMatch(Exception.class::isInstance)
					? null : target;
		} catch (RuntimeException unreadable) {
			return null;
		}
	}

	/** The model a file holds, or null when nothing of it parsed. */
	public static Model modelOf(Resource resource) {
		return resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Model model) ? null : model;
	}
}
