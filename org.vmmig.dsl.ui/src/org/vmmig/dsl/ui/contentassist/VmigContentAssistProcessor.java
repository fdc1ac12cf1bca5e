package org.vmmig.dsl.ui.contentassist;

import org.eclipse.ui.texteditor.ITextEditor;
import org.vmmig.dsl.ui.document.DocumentParser;
import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ide.contentassist.ContentProposals;

import com.google.inject.Injector;

/**
 * Content assist (Ctrl+Space) from the language's IDE services: keywords, names in scope, and the units
 * that fit the property after a number. The current text is parsed afresh for each request.
 */
public class VmigContentAssistProcessor implements IContentAssistProcessor {

	private final ITextEditor editor;
	private final Injector injector;

	public VmigContentAssistProcessor(ITextEditor editor, Injector injector) {
		this.editor = editor;
		this.injector = injector;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		try {
			XtextResource resource = new DocumentParser(injector).parse(editor.getEditorInput(), text);
			List<ContentAssistEntry> entries = injector.getInstance(ContentProposals.class).at(resource, text, offset);
			return entries.stream().map(entry -> proposal(entry, offset)).toArray(ICompletionProposal[]::new);
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("vmmig: content assist failed", e);
			return new ICompletionProposal[0];
		}
	}

	private static ICompletionProposal proposal(ContentAssistEntry entry, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		String display = entry.getDescription() == null || entry.getDescription().isEmpty() ? label
				: label + " — " + entry.getDescription();
		return new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
				entry.getProposal().length(), null, display, null, null);
	}


	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[0];
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return new char[0];
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
