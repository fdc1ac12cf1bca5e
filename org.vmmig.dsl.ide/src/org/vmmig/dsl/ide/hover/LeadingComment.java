package org.vmmig.dsl.ide.hover;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A declaration's documentation: the {@code //} comment lines right above it (no blank line between), as the
 * examples write them. A comment separated by a blank line belongs to what follows as a group, not to this
 * declaration, and is left out.
 */
final class LeadingComment {

	private LeadingComment() {
	}

	static Optional<String> of(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return Optional.empty();
		}
		int start = -1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				start = leaf.getOffset();
				break;
			}
		}
		if (start < 0) {
			return Optional.empty();
		}
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		if (!text.substring(lineStart, start).isBlank()) {
			return Optional.empty(); // something else stands before it on its line
		}
		List<String> lines = new ArrayList<>();
		int end = lineStart - 1; // the newline ending the line above
		while (end > 0) {
			int begin = text.lastIndexOf('\n', end - 1) + 1;
			String line = text.substring(begin, end).strip();
			if (!line.startsWith("//")) {
				break;
			}
			lines.add(line.substring(2).strip());
			end = begin - 1;
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		Collections.reverse(lines);
		return Optional.of(String.join("\n", lines));
	}
}
