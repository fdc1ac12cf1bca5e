package org.vmmig.engine.calibration;

import java.util.Arrays;

/**
 * Line and column of a character offset in a file's text, as a user counts them in an editor: lines end at a
 * line feed, columns count characters (a surrogate pair is one), both start at 1.
 */
final class TextPositions {

	private final String text;
	/** Offsets of the line feeds, ascending: found once, so that every value's position is a binary search. */
	private final int[] lineFeeds;

	TextPositions(String text) {
		this.text = text;
		this.lineFeeds = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
	}

	String text() {
		return text;
	}

	int length() {
		return text.length();
	}

	int line(int offset) {
		return lineFeedsBefore(clamp(offset)) + 1;
	}

	int column(int offset) {
		int end = clamp(offset);
		int feeds = lineFeedsBefore(end);
		int lineStart = feeds == 0 ? 0 : lineFeeds[feeds - 1] + 1;
		return text.codePointCount(lineStart, end) + 1;
	}

	/** The character at {@code offset}, or 0 outside the text. */
	char charAt(int offset) {
		return offset >= 0 && offset < text.length() ? text.charAt(offset) : 0;
	}

	/** The last character before {@code offset} that is not white space, or 0. */
	char lastNonBlankBefore(int offset) {
		for (int i = clamp(offset) - 1; i >= 0; i--) {
			if (" \t\r\n".indexOf(text.charAt(i)) < 0) {
				return text.charAt(i);
			}
		}
		return 0;
	}

	private int lineFeedsBefore(int offset) {
		int i = Arrays.binarySearch(lineFeeds, offset);
		return i >= 0 ? i : -i - 1;
	}

	private int clamp(int offset) {
		return Math.max(0, Math.min(offset, text.length()));
	}
}
