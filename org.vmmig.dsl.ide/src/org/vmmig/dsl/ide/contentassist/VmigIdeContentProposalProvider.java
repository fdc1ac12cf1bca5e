package org.vmmig.dsl.ide.contentassist;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.vmmig.dsl.services.VmigGrammarAccess;
import org.vmmig.dsl.validation.ExpectedDimensions;
import org.vmmig.engine.units.Dimension;
import org.vmmig.engine.units.Unit;

import com.google.inject.Inject;

/**
 * Completion beyond Xtext's keywords and names: after a number, the units that fit the property
 * ({@code memory 8 |} proposes GiB, MiB …; {@code dirty-rate 50 |} proposes MiB/s, Gbps …).
 */
public class VmigIdeContentProposalProvider extends IdeContentProposalProvider {

	/** The property keyword, then the number being given a unit, at the end of the text before the cursor. */
	private static final Pattern PROPERTY_AND_NUMBER = Pattern.compile("([a-z][a-z-]*)\\s+\\d+(\\.\\d+)?\\s*[A-Za-z/%]*$");

	@Inject
	private VmigGrammarAccess grammar;

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (ruleCall.getRule() != grammar.getUnitSymbolRule()) {
			super._createProposals(ruleCall, context, acceptor);
			return;
		}
		for (String symbol : unitsFor(context)) {
			if (symbol.startsWith(context.getPrefix())) {
				ContentAssistEntry entry = new ContentAssistEntry();
				entry.setPrefix(context.getPrefix());
				entry.setProposal(symbol);
				entry.setKind(ContentAssistEntry.KIND_UNIT);
				entry.setDescription(Unit.bySymbol(symbol).map(u -> u.dimension().displayName()).orElse(""));
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	private static List<String> unitsFor(ContentAssistContext context) {
		String before = context.getRootNode().getText().substring(0, context.getOffset());
		Matcher matcher = PROPERTY_AND_NUMBER.matcher(before.length() > 200 ? before.substring(before.length() - 200) : before);
		Optional<Dimension> dimension = matcher.find() ? ExpectedDimensions.ofKeyword(matcher.group(1)) : Optional.empty();
		return dimension.map(Unit::symbolsOf)
				.orElseGet(() -> java.util.Arrays.stream(Unit.values()).map(Unit::symbol).toList());
	}
}
