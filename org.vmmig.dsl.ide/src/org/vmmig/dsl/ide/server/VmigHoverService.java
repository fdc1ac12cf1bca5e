package org.vmmig.dsl.ide.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.vmmig.dsl.ide.hover.ElementSummary;

import com.google.inject.Inject;

/**
 * Hover over the language server: the same {@link ElementSummary} the Eclipse editor shows (kind, name,
 * documentation comment, a VM's predicted migration per scenario), as plain text.
 */
public class VmigHoverService implements IHoverService {

	@Inject
	private ElementSummary summary;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition()); // out of range: an error response, not a crash
		return summary.at(resource, offset)
				.map(text -> new Hover(new MarkupContent(MarkupKind.PLAINTEXT, text)))
				.orElse(IHoverService.EMPTY_HOVER);
	}
}
