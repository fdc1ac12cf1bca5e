package org.vmmig.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.vmmig.dsl.ide.contentassist.VmigIdeContentProposalProvider;

/** The language's IDE services: Xtext's generic ones, with completion that knows units. */
public class VmigIdeModule extends AbstractVmigIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return VmigIdeContentProposalProvider.class;
	}
}
