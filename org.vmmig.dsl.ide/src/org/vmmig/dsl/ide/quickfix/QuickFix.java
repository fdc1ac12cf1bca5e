package org.vmmig.dsl.ide.quickfix;

import java.util.function.Function;

import org.vmmig.dsl.vmig.Policy;

/**
 * One fix of a diagnostic, in terms any editor can apply: either new text for the diagnostic's own range, or a
 * change to the policy the diagnostic's reference points to (which may live in an imported file).
 */
public sealed interface QuickFix {

	String label();

	/** Replaces the text the diagnostic marks (e.g. {@code GIB} → {@code GiB}). */
	record ReplaceMarkedText(String label, String text) implements QuickFix {
	}

	/** Changes the policy referenced where the diagnostic starts (the warnings sit on a scenario's policy reference). */
	record ChangePolicy(String label, Function<Policy, TextChange> change) implements QuickFix {
	}
}
