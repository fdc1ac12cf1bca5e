package org.vmmig.dsl.ui.syntaxcoloring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Lexical highlighting with the language's own lexer (the one the parser uses), so the colours always
 * agree with what the parser sees. The document is lexed whole and the tokens inside the requested range
 * are returned: a multi-line comment opened above the range is still a comment.
 */
public class VmigTokenScanner implements ITokenScanner {

	private record Span(int offset, int length, IToken token) {
	}

	private final Provider<Lexer> lexers;
	private final Map<Integer, String> tokenNames;
	private final TokenStyles styles = new TokenStyles();

	private List<Span> spans = List.of();
	private int next;

	public VmigTokenScanner(Injector injector) {
		this.lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		this.tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		int end = offset + length;
		List<Span> inRange = new ArrayList<>();
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(document.get()));
		for (CommonToken token = (CommonToken) lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF;
				token = (CommonToken) lexer.nextToken()) {
			int start = token.getStartIndex();
			int stop = token.getStopIndex() + 1;
			if (stop <= offset) {
				continue;
			}
			if (start >= end) {
				break;
			}
			int clippedStart = Math.max(start, offset);
			int clippedStop = Math.min(stop, end);
			inRange.add(new Span(clippedStart, clippedStop - clippedStart, styles.tokenFor(tokenNames.get(token.getType()))));
		}
		spans = inRange;
		next = -1;
	}

	@Override
	public IToken nextToken() {
		next++;
		return next < spans.size() ? spans.get(next).token() : Token.EOF;
	}

	@Override
	public int getTokenOffset() {
		return spans.get(next).offset();
	}

	@Override
	public int getTokenLength() {
		return spans.get(next).length();
	}
}
