package org.vmmig.cli;

/** The process exit codes of vmmig, as documented in the README. */
public final class ExitCodes {

	/** Everything went well (warnings do not count). */
	public static final int OK = 0;
	/** A model has errors: syntax, units, references, validation. */
	public static final int MODEL_ERRORS = 1;
	/** The command line was wrong, or a file could not be read or written. */
	public static final int USAGE_OR_IO = 2;
	/** A fault of vmmig itself (a bug): one line says so, never a stack trace; please report it. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCodes() {
	}
}
