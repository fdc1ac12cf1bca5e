package org.vmmig.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/** The completion proposals at an offset of a parsed model: what any editor (Eclipse, tests) asks for. */
@Singleton
public class ContentProposals {

	/** Xtext's context factory parses alternatives in parallel; one small shared pool serves every editor. */
	private static final ExecutorService POOL = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "vmmig content assist");
		thread.setDaemon(true);
		return thread;
	});

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	public List<ContentAssistEntry> at(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(POOL);
		var contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}
}
