package org.vmmig.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.vmmig.dsl.ide.contentassist.VmigIdeContentProposalProvider;
import org.vmmig.dsl.ide.highlighting.VmigSemanticHighlightingCalculator;
import org.eclipse.xtext.resource.IResourceDescription;
import org.vmmig.dsl.ide.server.ImportAwareDescriptionManager;
import org.vmmig.dsl.ide.server.VmigCodeActionService;
import org.vmmig.dsl.ide.server.VmigHoverService;

/**
 * The language's IDE services: Xtext's generic ones, with completion that knows units, and for the language
 * server the editor's hover, highlighting and quick fixes.
 */
public class VmigIdeModule extends AbstractVmigIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return VmigIdeContentProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return VmigHoverService.class;
	}

	@SuppressWarnings("restriction") // Xtext marks its code action service x-internal, yet it is how a language offers them
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return VmigCodeActionService.class;
	}

	/** The server's builder checks a file again when a file it imports changes. */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return ImportAwareDescriptionManager.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return VmigSemanticHighlightingCalculator.class;
	}
}
