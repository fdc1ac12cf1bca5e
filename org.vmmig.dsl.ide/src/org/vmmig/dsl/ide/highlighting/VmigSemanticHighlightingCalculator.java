package org.vmmig.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.vmmig.dsl.ide.highlighting.SemanticHighlights.Highlight;

/**
 * The {@link SemanticHighlights} as Xtext's highlighting positions, whose ids are LSP semantic token types: a
 * declared name is a {@code type}, a reference a {@code variable}, a unit an {@code enumMember} (the closest
 * standard types, so every client's theme colours them without configuration).
 */
public class VmigSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null) {
			return;
		}
		for (Highlight highlight : SemanticHighlights.compute(resource)) {
			if (cancel.isCanceled()) {
				return;
			}
			acceptor.addPosition(highlight.offset(), highlight.length(), tokenType(highlight.kind()));
		}
	}

	static String tokenType(SemanticHighlights.Kind kind) {
		return switch (kind) {
		case DECLARATION -> "type";
		case REFERENCE -> "variable";
		case UNIT -> "enumMember";
		};
	}
}
