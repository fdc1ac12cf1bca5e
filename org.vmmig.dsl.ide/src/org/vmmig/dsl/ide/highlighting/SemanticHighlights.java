package org.vmmig.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What highlighting needs the parse to tell: the name a declaration introduces, a name used as a reference
 * ({@code on h1}, {@code connects a, b}) and a unit ({@code GiB}). The Eclipse editor colours them; the language
 * server sends them as semantic tokens.
 */
public final class SemanticHighlights {

	public enum Kind {
		DECLARATION, REFERENCE, UNIT
	}

	/** A highlighted range of the text. */
	public record Highlight(int offset, int length, Kind kind) {
	}

	private SemanticHighlights() {
	}

	/** The highlights of a parsed text, in document order. */
	public static List<Highlight> compute(XtextResource resource) {
		List<Highlight> highlights = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return highlights;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() || leaf.getLength() == 0) {
				continue;
			}
			Kind kind = kindOf(leaf);
			if (kind != null) {
				highlights.add(new Highlight(leaf.getOffset(), leaf.getLength(), kind));
			}
		}
		return highlights;
	}

	/** Walks up from a token to the first cross-reference or assignment that contains it. */
	private static Kind kindOf(ILeafNode leaf) {
		for (INode node = leaf; node != null; node = node.getParent()) {
			EObject grammarElement = node.getGrammarElement();
			if (grammarElement == null) {
				continue;
			}
			if (GrammarUtil.containingCrossReference(grammarElement) != null) {
				return Kind.REFERENCE;
			}
			Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
			if (assignment != null) {
				return switch (assignment.getFeature()) {
				case "name" -> Kind.DECLARATION;
				case "unit" -> Kind.UNIT;
				default -> null;
				};
			}
		}
		return null;
	}
}
