package org.vmmig.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a model the way typing, merging and malice do: a few characters or words deleted, duplicated, moved,
 * or replaced by hostile text (unbalanced braces, NUL, 400 digits, 1e999, a line separator, markup). Seeded:
 * the same seed gives the same mutants on every machine.
 */
final class Mutator {

	private static final String[] HOSTILE = { "}", "{", "\"", "/*", "-1", "1e999", "99999999999999999999 GiB",
			"0 ms", "\u0000", "NaN", "<script>", "on on", "GiB/s/s", ".", "%", "host", "\u2028", "9".repeat(400), "0",
			"0.0000000001", "^", "^host", "import \"x.vmig\"", "1 ns", "0 %", "100 %", "0 GiB", "0 W", "1 s", "10000 h",
			"specpower [", "max-per-host 0", "streams 0", ",", "->", "\r\n", "\uFEFF" };

	private final Random random;

	Mutator(long seed) {
		this.random = new Random(seed);
	}

	String mutate(String text) {
		StringBuilder result = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && result.length() > 0; e++) {
			int at = random.nextInt(result.length());
			int length = Math.min(result.length() - at, 1 + random.nextInt(12));
			switch (random.nextInt(4)) {
			case 0 -> result.delete(at, at + length);
			case 1 -> result.insert(at, result.substring(at, at + length));
			case 2 -> result.replace(at, at + length, HOSTILE[random.nextInt(HOSTILE.length)]);
			default -> {
				int other = random.nextInt(result.length());
				String moved = result.substring(at, at + length);
				result.delete(at, at + length);
				result.insert(Math.min(other, result.length()), moved);
			}
			}
		}
		return result.toString();
	}

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
	private static final String[] NUMBERS = { "0", "1", "2", "0.5", "0.000001", "1000000", "99999999999",
			"1" + "0".repeat(30), "100", "11", "0.0" };

	/**
	 * Replaces one to three numbers of the text by an edge value (0, 1, huge, tiny): a model that still parses
	 * but asks the engine for something odd, which character edits rarely reach.
	 */
	String renumber(String text) {
		String result = text;
		int changes = 1 + random.nextInt(3);
		for (int c = 0; c < changes; c++) {
			List<int[]> spans = new ArrayList<>();
			Matcher numbers = NUMBER.matcher(result);
			while (numbers.find()) {
				spans.add(new int[] { numbers.start(), numbers.end() });
			}
			if (spans.isEmpty()) {
				return result;
			}
			int[] span = spans.get(random.nextInt(spans.size()));
			result = result.substring(0, span[0]) + NUMBERS[random.nextInt(NUMBERS.length)] + result.substring(span[1]);
		}
		return result;
	}
}
