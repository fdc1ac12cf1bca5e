package org.vmmig.dsl.conversion;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Names are read as identifiers: the {@code ^} that lets a keyword be a name ({@code host ^scenario}) is not part
 * of the name, so {@code ^h2} and {@code h2} are one host and a report is named {@code …-scenario.html}. Xtext does
 * this for its ID terminal only; our names are the ValidID rule (an ID or a keyword usable as a name). Written back
 * (serializer, importers, quick fixes), a name gets the {@code ^} only where the rule needs it: the keywords ValidID
 * lists ({@code vm cache}) stay as they are.
 */
public class VmigValueConverters extends DefaultTerminalConverters {

	private volatile Set<String> keywordsUsableAsNames;

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		IValueConverter<String> id = ID();
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) throws ValueConverterException {
				return id.toValue(string, node);
			}

			@Override
			public String toString(String value) throws ValueConverterException {
				return keywordsUsableAsNames().contains(value) ? value : id.toString(value);
			}
		};
	}

	private Set<String> keywordsUsableAsNames() {
		Set<String> keywords = keywordsUsableAsNames;
		if (keywords == null) {
			AbstractRule rule = GrammarUtil.findRuleForName(getGrammar(), "ValidID");
			keywords = EcoreUtil2.getAllContentsOfType(rule, Keyword.class).stream().map(Keyword::getValue)
					.collect(Collectors.toUnmodifiableSet());
			keywordsUsableAsNames = keywords;
		}
		return keywords;
	}
}
