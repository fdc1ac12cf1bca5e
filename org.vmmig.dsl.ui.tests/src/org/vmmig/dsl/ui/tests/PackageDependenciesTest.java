package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The workbench bundle's packages depend on each other one way only (docs/architecture.md): read from the
 * sources, every reference from one package of org.vmmig.dsl.ui to another (an import or a qualified name)
 * is an edge, and the graph has no cycle. A cycle means a feature package reaches back into the editor or a
 * view into another view; the message names the packages that reach each other. The language bundle's packages
 * likewise, but for its composition root (Xtext's setup and module, which wire every package together).
 */
class PackageDependenciesTest {

	private static final String ROOT = "org.vmmig.dsl.ui";
	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

	@Test
	void thePackagesOfTheWorkbenchBundleHaveNoCycle() throws IOException {
		Map<String, Set<String>> edges = dependencies();
		assertTrue(edges.keySet().containsAll(List.of(ROOT + ".editor", ROOT + ".contentassist", ROOT + ".folding",
				ROOT + ".hover", ROOT + ".hyperlinking", ROOT + ".outline", ROOT + ".quickfix", ROOT + ".reconciler",
				ROOT + ".syntaxcoloring")), "the editor's feature packages: " + edges.keySet());
		assertEquals(List.of(), cycles(edges), "package cycles (each: the packages that reach each other)");
	}

	/**
	 * The language bundle: mapping (the model onto the engine) underneath run, sweep and validation; sweep's task
	 * builds its own injector on a Spark executor, so only the composition root may close a loop.
	 */
	@Test
	void thePackagesOfTheLanguageBundleHaveNoCycleButThroughItsSetup() throws IOException {
		Map<String, Set<String>> edges = dependencies(
				Path.of(System.getProperty("vmmig.languageSources", "../org.vmmig.dsl/src")), "org.vmmig.dsl");
		assertTrue(edges.keySet().containsAll(List.of("org.vmmig.dsl.mapping", "org.vmmig.dsl.run",
				"org.vmmig.dsl.sweep", "org.vmmig.dsl.validation")), "the language's packages: " + edges.keySet());
		edges.remove("org.vmmig.dsl");
		assertEquals(List.of(), cycles(edges), "package cycles (each: the packages that reach each other)");
		assertEquals(Set.of("org.vmmig.dsl.vmig"), edges.get("org.vmmig.dsl.mapping"),
				"mapping depends on the grammar's model alone");
	}

	@Test
	void theEditorsFeaturePackagesDoNotKnowTheEditor() throws IOException {
		Map<String, Set<String>> edges = dependencies();
		for (String feature : List.of("contentassist", "folding", "formatting", "hover", "hyperlinking", "outline",
				"quickfix", "reconciler", "syntaxcoloring")) {
			assertTrue(!edges.getOrDefault(ROOT + "." + feature, Set.of()).contains(ROOT + ".editor"),
					feature + " imports the editor package: " + edges.get(ROOT + "." + feature));
		}
	}

	/** Package → the other packages of the workbench bundle it refers to. */
	static Map<String, Set<String>> dependencies() throws IOException {
		return dependencies(Path.of(System.getProperty("vmmig.uiSources", "../org.vmmig.dsl.ui/src")), ROOT);
	}

	/** Package → the other packages under {@code root} it refers to, read from the Java sources under {@code sources}. */
	static Map<String, Set<String>> dependencies(Path sources, String root) throws IOException {
		assertTrue(Files.isDirectory(sources), "the bundle's sources at " + sources.toAbsolutePath());
		Pattern referencePattern = Pattern.compile("\\b(" + Pattern.quote(root) + "(?:\\.[a-z]\\w*)*)\\.[A-Z]");
		Map<String, Set<String>> edges = new TreeMap<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String text = Files.readString(file);
				Matcher declared = PACKAGE.matcher(text);
				if (!declared.find()) {
					continue;
				}
				String from = declared.group(1);
				Set<String> targets = edges.computeIfAbsent(from, k -> new TreeSet<>());
				Matcher reference = referencePattern.matcher(text);
				while (reference.find()) {
					if (!reference.group(1).equals(from)) {
						targets.add(reference.group(1));
					}
				}
			}
		}
		return edges;
	}

	/** The strongly connected components of more than one package (Tarjan's algorithm), each sorted. */
	static List<Set<String>> cycles(Map<String, Set<String>> edges) {
		return new Object() {
			final Map<String, Integer> index = new TreeMap<>();
			final Map<String, Integer> low = new TreeMap<>();
			final List<String> stack = new ArrayList<>();
			final List<Set<String>> found = new ArrayList<>();

			List<Set<String>> run() {
				for (String node : edges.keySet()) {
					if (!index.containsKey(node)) {
						visit(node);
					}
				}
				return found;
			}

			void visit(String node) {
				index.put(node, index.size());
				low.put(node, index.get(node));
				stack.add(node);
				for (String next : edges.getOrDefault(node, Set.of())) {
					if (!index.containsKey(next)) {
						visit(next);
						low.put(node, Math.min(low.get(node), low.get(next)));
					} else if (stack.contains(next)) {
						low.put(node, Math.min(low.get(node), index.get(next)));
					}
				}
				if (low.get(node).equals(index.get(node))) {
					Set<String> component = new TreeSet<>();
					String member;
					do {
						member = stack.remove(stack.size() - 1);
						component.add(member);
					} while (!member.equals(node));
					if (component.size() > 1) {
						found.add(component);
					}
				}
			}
		}.run();
	}
}
