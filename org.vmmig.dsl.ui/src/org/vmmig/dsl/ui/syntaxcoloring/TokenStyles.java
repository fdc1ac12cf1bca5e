package org.vmmig.dsl.ui.syntaxcoloring;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Colours of the token kinds, after Xtext's default highlighting so the editor looks familiar. */
final class TokenStyles {

	private final IToken keyword = new Token(new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD));
	private final IToken comment = new Token(new TextAttribute(new Color(63, 127, 95)));
	private final IToken number = new Token(new TextAttribute(new Color(18, 92, 140)));
	private final IToken string = new Token(new TextAttribute(new Color(42, 0, 255)));
	private final IToken plain = new Token(null);

	/**
	 * The style of a token from its ANTLR name: keywords are quoted ({@code 'host'}), terminals are
	 * {@code RULE_*}.
	 */
	IToken tokenFor(String tokenName) {
		if (tokenName == null) {
			return plain;
		}
		if (tokenName.startsWith("'") && tokenName.length() > 2 && Character.isLetter(tokenName.charAt(1))) {
			return keyword;
		}
		return switch (tokenName) {
		case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> comment;
		case "RULE_INT" -> number;
		case "RULE_STRING" -> string;
		default -> plain;
		};
	}
}
