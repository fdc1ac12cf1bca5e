package org.vmmig.cli;

import java.io.Console;
import java.io.PrintWriter;

/**
 * One line of progress on a terminal ("simulating day: step 120/287"), redrawn at most ten times a second and
 * erased when done. Silent when the output is not a terminal (piped, redirected, in CI), so logs and files get
 * only results.
 */
final class TerminalProgress {

	private static final long MIN_NANOS_BETWEEN_UPDATES = 100_000_000;

	private final PrintWriter err;
	private final boolean enabled;
	private String what = "";
	private long lastUpdate;
	private int width;

	TerminalProgress(PrintWriter err) {
		this(err, isTerminal());
	}

	TerminalProgress(PrintWriter err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	/** Whether stdin/stdout are a terminal: System.console(), and on JDK 22+ Console.isTerminal(). */
	static boolean isTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // JDK 21: a console exists only for a terminal
		}
	}

	void start(String what) {
		this.what = what;
		lastUpdate = 0;
	}

	void step(int done, int total) {
		draw(done >= total, () -> done + "/" + total);
	}

	/** As a percentage, for work counted in units the user does not know ("calibrating: 42 %"). */
	void step(long done, long total) {
		draw(done >= total, () -> (total == 0 ? 100 : done * 100 / total) + " %");
	}

	/** Redraws the line with this count, unless it was drawn less than 0.1 s ago (the last step always shows). */
	private void draw(boolean last, java.util.function.Supplier<String> count) {
		if (!enabled) {
			return;
		}
		long now = System.nanoTime();
		if (!last && now - lastUpdate < MIN_NANOS_BETWEEN_UPDATES) {
			return;
		}
		lastUpdate = now;
		String line = what + ": " + count.get();
		err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
		width = line.length();
		err.flush();
	}

	void done() {
		if (enabled && width > 0) {
			err.print("\r" + " ".repeat(width) + "\r");
			err.flush();
			width = 0;
		}
	}
}
