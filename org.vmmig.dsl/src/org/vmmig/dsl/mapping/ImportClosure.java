package org.vmmig.dsl.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * A file and every file it imports, transitively, each once, in depth-first import order (the file first),
 * as a linked list cached on each file until it changes.
 * <p>
 * Every file of a model asks for its closure (names, scopes, the mapping), so for an import chain of n files
 * walking each closure afresh costs n²/2 steps. Instead each closure is built from the closures of the
 * file's imports, bottom-up, and a file with a single import shares that import's list as its tail: a chain
 * of 5,000 files costs 5,000 list cells, not 12.5 million. Everything is iterative: no depth of imports
 * can overflow the stack.
 * <p>
 * Like the scopes of {@code VmigScopeProvider}, a closure is kept until its own file changes: a resource
 * set whose imported files change is replaced (the editor parses into a fresh one, the CLI loads once).
 */
final class ImportClosure {

	private static final Object KEY = ImportClosure.class;
	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	final Resource file;
	final ImportClosure rest;

	private ImportClosure(Resource file, ImportClosure rest) {
		this.file = file;
		this.rest = rest;
	}

	static ImportClosure of(Resource root) {
		ImportClosure known = cached(root);
		if (known != null) {
			return known;
		}
		// post-order over the files whose closure is not known yet
		Deque<Resource> path = new ArrayDeque<>();
		Set<Resource> onPath = new HashSet<>();
		Map<Resource, Integer> nextImport = new HashMap<>();
		path.push(root);
		onPath.add(root);
		while (!path.isEmpty()) {
			Resource file = path.peek();
			List<Resource> imports = ModelElements.directImports(file);
			int next = nextImport.getOrDefault(file, 0);
			if (next < imports.size()) {
				nextImport.put(file, next + 1);
				Resource imported = imports.get(next);
				if (cached(imported) == null && onPath.add(imported)) {
					path.push(imported);
				}
				continue;
			}
			path.pop();
			onPath.remove(file);
			CACHE.getOrCreate(file).set(KEY, combine(file, imports));
		}
		return cached(root);
	}

	List<Resource> toList() {
		List<Resource> files = new ArrayList<>();
		for (ImportClosure cell = this; cell != null; cell = cell.rest) {
			files.add(cell.file);
		}
		return files;
	}

	private boolean contains(Resource resource) {
		for (ImportClosure cell = this; cell != null; cell = cell.rest) {
			if (cell.file == resource) {
				return true;
			}
		}
		return false;
	}

	private static ImportClosure cached(Resource file) {
		return CACHE.getOrCreate(file).get(KEY);
	}

	/** The file, then its imports' closures without repeats: the order of a depth-first walk. */
	private static ImportClosure combine(Resource file, List<Resource> imports) {
		List<ImportClosure> parts = new ArrayList<>();
		for (Resource imported : imports) {
			ImportClosure part = cached(imported);
			if (part == null) {
				return walk(file); // an import cycle back to a file still being combined
			}
			parts.add(part);
		}
		if (parts.size() == 1 && !parts.get(0).contains(file)) {
			return new ImportClosure(file, parts.get(0));
		}
		Set<Resource> files = new LinkedHashSet<>();
		files.add(file);
		for (ImportClosure part : parts) {
			files.addAll(part.toList());
		}
		return link(new ArrayList<>(files));
	}

	/** The closure by a plain depth-first walk (first import first), for files on an import cycle. */
	private static ImportClosure walk(Resource root) {
		Set<Resource> visited = new LinkedHashSet<>();
		Deque<Resource> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			Resource next = pending.pop();
			if (visited.add(next)) {
				List<Resource> imports = ModelElements.directImports(next);
				for (int i = imports.size() - 1; i >= 0; i--) {
					if (!visited.contains(imports.get(i))) {
						pending.push(imports.get(i));
					}
				}
			}
		}
		return link(new ArrayList<>(visited));
	}

	private static ImportClosure link(List<Resource> files) {
		ImportClosure list = null;
		for (int i = files.size() - 1; i >= 0; i--) {
			list = new ImportClosure(files.get(i), list);
		}
		return list;
	}
}
