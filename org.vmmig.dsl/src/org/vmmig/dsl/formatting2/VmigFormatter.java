package org.vmmig.dsl.formatting2;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.Model;

/**
 * The canonical layout of .vmig files. One declaration per line group, at most one blank line between
 * them. A block written on one line stays on one line ({@code host h1 { memory 64 GiB nic 10 Gbps }});
 * a block written over several lines gets one property per line, indented by a tab. Quantities are
 * {@code 8 GiB}, {@code 20 MiB/s}; lists are {@code h1, h2}. Nested blocks such as auto-converge
 * settings stay on the line of their property. Numbers and unit symbols are single tokens: their inner
 * spacing ({@code 1 . 5}) is left as written.
 */
public class VmigFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof Model model) {
			formatModel(model, document);
		}
	}

	private void formatModel(Model model, IFormattableDocument document) {
		// each block's shape, worked out once: asked for every token, it made formatting quadratic in a block's length
		// (an imported network connecting 800 hosts took seconds)
		Map<Element, Boolean> multiLine = new HashMap<>();
		ISemanticRegion previous = null;
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(model)) {
			if (previous != null) {
				space(previous, region, document, multiLine);
			}
			previous = region;
		}
		for (EObject child : model.eContents()) {
			if (child instanceof Element element && multiLine.computeIfAbsent(element, this::isMultiLine)) {
				var braces = textRegionExtensions.regionFor(element).keywordPairs("{", "}");
				if (!braces.isEmpty()) {
					document.interior(braces.get(0), it -> it.indent());
				}
			}
		}
	}

	/** The whitespace between two consecutive tokens. */
	private void space(ISemanticRegion previous, ISemanticRegion next, IFormattableDocument document,
			Map<Element, Boolean> multiLineBlocks) {
		IHiddenRegion between = next.getPreviousHiddenRegion();
		String before = previous.getText();
		String text = next.getText();
		EObject owner = topLevel(next.getSemanticElement());
		boolean multiLine = owner instanceof Element element && multiLineBlocks.computeIfAbsent(element, this::isMultiLine);
		if (startsDeclaration(next)) {
			document.set(between, it -> it.setNewLines(1, 1, 2));
		} else if (text.equals("}") && topLevel(next.getSemanticElement()) == next.getSemanticElement()) {
			document.set(between, it -> {
				if (multiLine) {
					it.newLine();
				} else {
					it.oneSpace();
				}
			});
		} else if (startsProperty(next) && next.getSemanticElement() == owner) {
			document.set(between, it -> {
				if (multiLine) {
					it.newLine();
				} else {
					it.oneSpace();
				}
			});
		} else if (text.equals(",") || text.equals(".") || text.equals("/") || text.equals("]") || before.equals(".")
				|| before.equals("/") || before.equals("[")) {
			document.set(between, it -> it.noSpace());
		} else {
			document.set(between, it -> it.oneSpace());
		}
	}

	/** The first token of a top-level declaration: host, network, vm, policy, scenario, import. */
	private boolean startsDeclaration(ISemanticRegion region) {
		EObject element = region.getSemanticElement();
		return (element instanceof Element || element instanceof Import) && element.eContainer() instanceof Model
				&& region.getOffset() == textRegionExtensions.regionForEObject(element).getOffset();
	}

	/**
	 * The keyword that opens a property: the first keyword of a member of an unordered group
	 * ({@code ('memory' memory=Quantity)?}, {@code (trusted?='trusted')?}), or a scenario's action.
	 */
	private static boolean startsProperty(ISemanticRegion region) {
		if (!(region.getGrammarElement() instanceof Keyword keyword)) {
			return false;
		}
		if (keyword.getValue().equals("evacuate")) {
			return true;
		}
		AbstractElement member = keyword.eContainer() instanceof Assignment assignment ? assignment : keyword;
		if (member.eContainer() instanceof UnorderedGroup) {
			return true;
		}
		return member.eContainer() instanceof Group group && group.getElements().get(0) == member
				&& group.eContainer() instanceof UnorderedGroup;
	}

	private static EObject topLevel(EObject object) {
		EObject current = object;
		while (current != null && !(current.eContainer() instanceof Model)) {
			current = current.eContainer();
		}
		return current;
	}

	/** A block keeps the shape its author gave it: written over several lines, one property per line. */
	private boolean isMultiLine(Element element) {
		var braces = textRegionExtensions.regionFor(element).keywordPairs("{", "}");
		if (braces.isEmpty()) {
			return false;
		}
		int open = braces.get(0).getKey().getOffset();
		int close = braces.get(0).getValue().getOffset();
		return getTextRegionAccess().regionForDocument().getText().substring(open, close).contains("\n");
	}
}
