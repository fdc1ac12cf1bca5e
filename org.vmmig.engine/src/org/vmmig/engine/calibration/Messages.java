package org.vmmig.engine.calibration;

/** Quoting of file content in error messages: short, one line, no control characters for the terminal. */
final class Messages {

	private static final int MAX_QUOTE = 60;

	private Messages() {
	}

	static String printable(char c) {
		return c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c)
				: String.valueOf(c);
	}

	/** The text made printable, cut after about {@value #MAX_QUOTE} characters ("..." shows the cut). */
	static String abbreviate(String text) {
		StringBuilder quoted = new StringBuilder();
		int i = 0;
		for (; i < text.length() && quoted.length() < MAX_QUOTE; i++) {
			quoted.append(printable(text.charAt(i)));
		}
		return i < text.length() ? quoted + "..." : quoted.toString();
	}

	/** A number as the file most likely wrote it: 4096 rather than 4096.0. */
	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
