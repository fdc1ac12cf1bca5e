package org.vmmig.dsl.ui.folding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * The foldable regions of a text: every {@code { ... }} block that spans several lines, from the start of
 * the line where it opens to the end of the line where it closes. Braces are found with the language's own
 * lexer, so braces in comments and strings do not count.
 */
public final class FoldingRegions {

	private final Provider<Lexer> lexers;
	private final Map<Integer, String> tokenNames;

	public FoldingRegions(Injector injector) {
		this.lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		this.tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
	}

	public List<Position> foldingRegions(String text) {
		List<Position> regions = new ArrayList<>();
		Deque<Integer> open = new ArrayDeque<>();
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		for (CommonToken token = (CommonToken) lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF;
				token = (CommonToken) lexer.nextToken()) {
			String name = tokenNames.get(token.getType());
			if ("'{'".equals(name)) {
				open.push(token.getStartIndex());
			} else if ("'}'".equals(name) && !open.isEmpty()) {
				int start = lineStart(text, open.pop());
				if (start != lineStart(text, token.getStartIndex())) { // several lines
					int end = lineEnd(text, token.getStopIndex() + 1);
					regions.add(new Position(start, end - start));
				}
			}
		}
		regions.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		return regions;
	}

	private static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	/** After the line's line break, if any. */
	private static int lineEnd(String text, int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}
}
